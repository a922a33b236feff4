import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../commands/command.js';
import { commands } from '../../../commands/index.js';
import { runConsole } from '../../../src/adapters/console/index.js';
import { parseLine } from '../../../src/adapters/console/parse-line.js';
import { createEngine } from '../../../src/core/engine.js';
import { miniCore } from '../../fixtures/mini-core.js';

const engine = createEngine(miniCore());

async function session(lines: string[], list: readonly Command[] = commands): Promise<{ out: string; errors: unknown[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const errors: unknown[] = [];
  const done = runConsole({ services: { engine }, commands: list, input, output, now: () => new Date(0), onError: (e) => errors.push(e) });
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
