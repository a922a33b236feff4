import { describe, expect, it } from 'vitest';
import type { Command } from '../../../commands/command.js';
import { parseText } from '../../../src/adapters/slack/parse-text.js';
import { fixtureCommands } from './support/fixture-commands.js';

const digest: Command = {
  name: 'digest',
  description: 'Scheduled digests',
  options: [
    { name: 'action', description: 'What to do', required: true, choices: ['subscribe', 'unsubscribe', 'list'] },
    { name: 'schedule', description: 'When', required: false },
  ],
  run: () => ({ kind: 'notice', text: 'ok' }),
};
const commands = [...fixtureCommands, digest];
const read = (text: string) => {
  const parsed = parseText(text, commands);
  return parsed.ok ? { command: parsed.command.name, options: parsed.options } : { problem: parsed.problem };
};

describe('reading /brief text', () => {
  it('sends free text to ask as the question, whole', () => {
    expect(read('  how many  died? ')).toEqual({ command: 'ask', options: { question: 'how many  died?' } });
  });

  it('picks a command by its first word, in any case', () => {
    expect(read('Timeline 23 March')).toEqual({ command: 'timeline', options: { date: '23 March' } });
    expect(read('timeline')).toEqual({ command: 'timeline', options: { date: undefined } });
  });

  it('reads options in order, the last taking the rest', () => {
    expect(read('digest subscribe daily at 09:00')).toEqual({
      command: 'digest',
      options: { action: 'subscribe', schedule: 'daily at 09:00' },
    });
  });

  it('names the missing option and the usage', () => {
    expect(read('sources')).toEqual({ problem: 'Missing fact-id. Usage: /brief sources <fact-id>' });
  });

  it('refuses a value outside the choices', () => {
    expect(read('digest sometimes')).toEqual({ problem: 'action must be one of: subscribe, unsubscribe, list. Usage: /brief digest <action> [schedule]' });
  });

  it('refuses a question longer than the command allows', () => {
    expect(read('x'.repeat(301))).toEqual({ problem: 'question is too long (at most 300 characters).' });
  });

  it('asks for help on empty text', () => {
    expect(read('   ')).toEqual({ command: 'help', options: {} });
  });

  it('reads "help me understand" as a question: help takes no options', () => {
    expect(read('help me understand the timeline')).toEqual({ command: 'ask', options: { question: 'help me understand the timeline' } });
  });

  it('lists the commands when there is no ask command to fall back on', () => {
    const only = fixtureCommands.filter((c) => c.name === 'timeline');
    expect(parseText('how many died', only)).toEqual({ ok: false, problem: 'I did not understand that. Try one of: timeline.' });
  });
});
