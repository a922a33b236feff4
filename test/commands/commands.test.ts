import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { CommandDefinitionError, commands, validateCommand, validateCommands } from '../../commands/index.js';
import { createEngine } from '../../src/core/engine.js';
import type { Reply } from '../../src/core/reply.js';
import { miniCore } from '../fixtures/mini-core.js';

const engine = createEngine(miniCore());

function ctx(options: Record<string, string | undefined>): CommandContext {
  return {
    options,
    caller: { platform: 'console', userId: 'u1', channelId: 'c1', canManageChannel: false },
    services: { engine },
    now: () => new Date('2024-04-01T00:00:00Z'),
    commands,
  };
}

async function run(name: string, options: Record<string, string | undefined> = {}): Promise<Reply> {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  return command.run(ctx(options));
}

describe('command list', () => {
  it('has the shared commands with unique names', () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['ask', 'timeline', 'sources', 'about', 'digest', 'help']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('rejects an invalid command, naming its file', () => {
    expect(() => validateCommand({ name: 'Bad Name', description: 'x', options: [], run: () => undefined }, 'bad.ts')).toThrow(
      /^commands\/bad\.ts: name must be/,
    );
    expect(() => validateCommand({ name: 'x', description: 'x', options: [] }, 'norun.ts')).toThrow('commands/norun.ts: run must be a function');
    expect(() => validateCommand(undefined, 'empty.ts')).toThrow(CommandDefinitionError);
    const opts = [
      { name: 'a', description: 'a', required: false },
      { name: 'b', description: 'b', required: true },
    ];
    expect(() => validateCommand({ name: 'x', description: 'x', options: opts, run: () => undefined }, 'order.ts')).toThrow(/required but follows an optional/);
  });

  it('rejects duplicate names', () => {
    const c = { name: 'dup', description: 'd', options: [], run: () => ({ kind: 'notice', text: '' }) };
    expect(() => validateCommands([['one.ts', c], ['two.ts', c]])).toThrow('commands/two.ts: name "dup" is already used by commands/one.ts');
  });
});

describe('commands', () => {
  it('ask answers with a briefing', async () => {
    const r = await run('ask', { question: 'How many people were killed?' });
    expect(r.kind).toBe('briefing');
    if (r.kind === 'briefing') expect(r.briefing.items[0]?.id).toBe('toll-144');
  });

  it('ask abstains on an off-topic question', async () => {
    const r = await run('ask', { question: 'Who won the World Cup?' });
    expect(r.kind === 'briefing' && r.briefing.answered).toBe(false);
  });

  it('timeline reads a day, or gives the whole story', async () => {
    const day = await run('timeline', { date: '23 March' });
    expect(day.kind === 'briefing' && day.briefing.title).toBe('Timeline: 23 March 2024');
    const all = await run('timeline', {});
    expect(all.kind === 'briefing' && all.briefing.answered).toBe(true);
  });

  it('sources lists the citations of a fact', async () => {
    const r = await run('sources', { fact: 'is-claim' });
    expect(r.kind === 'briefing' && r.briefing.items[0]?.sources[0]?.outlet).toBe('BBC News');
  });

  it('about describes the bot', async () => {
    const r = await run('about');
    expect(r.kind === 'briefing' && r.briefing.text).toMatch(/curated facts/);
  });

  it('digest explains itself when the bot runs without a store', async () => {
    const r = await run('digest', { action: 'list' });
    expect(r.kind === 'notice' && r.text).toMatch(/without a store/);
  });

  it('help lists every command', async () => {
    const r = await run('help');
    expect(r.kind).toBe('notice');
    for (const c of commands) expect(r.kind === 'notice' && r.text).toContain(c.name);
  });

  it('help lists the commands the adapter offers, with their options', async () => {
    const help = commands.find((c) => c.name === 'help')!;
    const sources = commands.find((c) => c.name === 'sources')!;
    const r = await help.run({ ...ctx({}), commands: [sources, help] });
    expect(r.kind === 'notice' && r.text.split('\n').filter((l) => l.startsWith('• '))).toEqual([
      `• sources <${sources.options[0]!.name}>: ${sources.description}`,
      `• help: ${help.description}`,
    ]);
  });
});
