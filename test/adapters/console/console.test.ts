import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Command, Services } from '../../../commands/command.js';
import { commands, consoleCommands } from '../../../commands/index.js';
import { runConsole } from '../../../src/adapters/console/index.js';
import { parseLine } from '../../../src/adapters/console/parse-line.js';
import { createEngine } from '../../../src/core/engine.js';
import { createFeedbackLog } from '../../../src/store/feedback.js';
import { createLanguagePreferences } from '../../../src/store/language-preferences.js';
import { openStore } from '../../../src/store/open-store.js';
import { miniCore } from '../../fixtures/mini-core.js';

const engine = createEngine(miniCore());

async function session(lines: string[], list: readonly Command[] = commands, services: Services = { engine }): Promise<{ out: string; errors: unknown[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const errors: unknown[] = [];
  const done = runConsole({ services, commands: list, input, output, now: () => new Date(0), onError: (e) => errors.push(e) });
  input.end(lines.join('\n'));
  await done;
  return { out, errors };
}

describe('console adapter with piped input', () => {
  it('answers every line and finishes at end of input', async () => {
    const { out } = await session(['How many people were killed?', '', 'Who is Ivan Petrov?']);
    expect(out).toContain('At least 144 people were killed (as of 29 Mar 2024, AA).');
    expect(out).toContain('I have no sourced fact that answers this');
    expect(out).toContain('Try asking:');
    expect(out).not.toContain('> ');
  });

  it('dispatches commands by their first word', async () => {
    const { out } = await session(['timeline 24 March', 'sources toll-144', 'about', 'help']);
    expect(out).toContain('== Timeline: 24 March 2024 ==');
    expect(out).toContain('AA, "Death toll rises to 144", 29 Mar 2024');
    expect(out).toContain('curated facts');
    expect(out).toContain('timeline [date]');
  });

  it('passes digest subcommands through, the last option taking the rest', () => {
    const p = parseLine('digest subscribe daily 09:00 Europe/Moscow', commands);
    expect(p.ok && p.command.name).toBe('digest');
    expect(p.ok && p.options).toEqual({ action: 'subscribe', schedule: 'daily 09:00 Europe/Moscow' });
  });

  it('prints usage for a command missing its argument', async () => {
    const { out } = await session(['sources']);
    expect(out).toContain('Missing fact. Usage: sources <fact>');
  });

  it('keeps going after a command fails', async () => {
    const broken: Command = { name: 'boom', description: 'fails', options: [], run: () => { throw new Error('kaput'); } };
    const { out, errors } = await session(['boom', 'about'], [...commands, broken]);
    expect(out).toContain('Sorry, that request failed');
    expect(out).toContain('curated facts');
    expect(errors).toHaveLength(1);
  });
});

describe('parseLine', () => {
  it('reads a command word followed by words it takes no options for as a question', () => {
    const p = parseLine('about the suspects', commands);
    expect(p.ok && p.command.name).toBe('ask');
    expect(p.ok && p.options.question).toBe('about the suspects');
  });

  it('is case-insensitive on the command word and gives the rest to the last option', () => {
    const p = parseLine('Timeline the day after the attack', commands);
    expect(p.ok && p.command.name).toBe('timeline');
    expect(p.ok && p.options.date).toBe('the day after the attack');
  });
});

describe('console adapter in Russian', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-console-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a question asked in Russian in Russian, each item from the fact’s Russian text and named sources', async () => {
    const { out } = await session(['Сколько человек погибло?', 'Какая погода в Москве?']);
    expect(out).toContain('== Число погибших ==\nПогибли не менее 144 человек (по данным на 29 мар. 2024, AA).');
    expect(out).toContain(`• ${miniCore().factsById.get('toll-144')?.ru} (AA, 29 мар. 2024)`);
    expect(out).toContain('Id фактов (полные ссылки — командой «sources <id>»): toll-144');
    expect(out).toContain('== Ответа с источником нет ==');
    expect(out).toContain('Попробуйте спросить:\n  • Сколько человек погибло?');
  });

  it('keeps `lang ru` in the store across sessions: English questions and problems are then answered in Russian', async () => {
    const logger = pino({ level: 'silent' });
    const store = await openStore({ kind: 'sqlite', file: join(dir, 'console.sqlite') }, logger);
    const services = { engine, languages: createLanguagePreferences(store, logger, () => new Date(0)) };
    try {
      expect((await session(['lang ru'], commands, services)).out).toContain('Буду отвечать вам по-русски.');
      const { out } = await session(['How many people were killed?', 'sources'], commands, services);
      expect(out).toContain('== Число погибших ==');
      expect(out).toContain('Ошибка: Не хватает параметра fact. Как пользоваться: sources <fact>');
      await session(['lang auto'], commands, services);
      expect((await session(['How many people were killed?'], commands, services)).out).toContain('== Death toll ==');
    } finally {
      await store.close();
    }
  });
});

describe('console feedback', () => {
  it('votes on the last answer, a second vote changing the first, and answers only the voter', async () => {
    const logger = pino({ level: 'silent' });
    const store = await openStore({ kind: 'sqlite', file: ':memory:' }, logger);
    try {
      const services = { engine, feedback: createFeedbackLog(store, '0123456789abcdef', logger, () => new Date(0)) };
      const { out } = await session(['feedback up', 'How many people were killed?', 'feedback down', 'feedback up', 'feedback sideways'], consoleCommands, services);
      expect(out).toContain('There is no answer to vote on yet: ask a question first.');
      expect(out).toContain('Thanks: noted that this answer did not help.');
      expect(out).toContain('Usage: `feedback up` or `feedback down`');
      const votes = await store.votesSince(new Date(0));
      expect(votes).toHaveLength(1);
      expect(votes[0]).toMatchObject({ platform: 'console', question: 'How many people were killed?', factIds: expect.arrayContaining(['toll-144']), vote: 'up' });
    } finally {
      await store.close();
    }
  });

  it('says feedback is off when no salt is configured', async () => {
    const { out } = await session(['How many people were killed?', 'feedback down'], consoleCommands);
    expect(out).toContain('Feedback is not recorded here');
  });
});
