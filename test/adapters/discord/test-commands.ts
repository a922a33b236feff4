import type { Command, CommandContext } from '../../../commands/command.js';
import type { Reply } from '../../../src/core/reply.js';
import { citationsBriefing, claimBriefing } from './fixtures.js';

/** A call a test command received: which command, and the context the adapter built. */
export interface CommandCall {
  name: string;
  ctx: CommandContext;
}

/**
 * Small commands with fixed Replies, shaped like the real ones in commands/, recording every call so tests can
 * check what the adapter passed in. `slow` answers after `slowMs`; `broken` throws.
 */
export function testCommands(calls: CommandCall[], slowMs = 400): Command[] {
  const record = (name: string, reply: (ctx: CommandContext) => Reply | Promise<Reply>): Command['run'] => {
    return (ctx) => {
      calls.push({ name, ctx });
      return reply(ctx);
    };
  };
  return [
    {
      name: 'ask',
      description: 'Ask a question about the Crocus City Hall attack',
      options: [{ name: 'question', description: 'Your question', required: true, maxLength: 300 }],
      run: record('ask', (ctx) => {
        const briefing = claimBriefing(ctx.options.question ?? '');
        return { kind: 'briefing', briefing: { ...briefing, notes: [`You asked: ${briefing.query}`] } };
      }),
    },
    {
      name: 'timeline',
      description: 'What happened, in order, or on one day',
      options: [{ name: 'date', description: 'A day, e.g. "23 March"', required: false, maxLength: 40 }],
      run: record('timeline', (ctx) => ({ kind: 'briefing', briefing: { ...claimBriefing('timeline'), title: `Timeline ${ctx.options.date ?? ''}`.trim() } })),
    },
    {
      name: 'sources',
      description: 'Full citations of one fact',
      options: [{ name: 'fact', description: 'Fact id, from a Sources button', required: true, maxLength: 90 }],
      run: record('sources', (ctx) => ({ kind: 'briefing', briefing: citationsBriefing(ctx.options.fact ?? '') })),
    },
    {
      name: 'about',
      description: 'What the bot covers',
      options: [],
      run: record('about', () => ({ kind: 'notice', text: '312 facts from 240 sources, newest 29 March 2024.' })),
    },
    {
      name: 'help',
      description: 'How to use the bot',
      options: [],
      run: record('help', () => ({ kind: 'notice', text: 'Ask with /brief, or mention me.', ephemeral: true })),
    },
    {
      name: 'digest',
      description: 'Scheduled digests for this channel',
      options: [
        { name: 'schedule', description: 'When, e.g. "daily 09:00"', required: false, maxLength: 60 },
        { name: 'action', description: 'What to do', required: true, choices: ['subscribe', 'unsubscribe', 'list'] },
      ],
      run: record('digest', (ctx) =>
        ctx.caller.canManageChannel
          ? { kind: 'notice', text: `Subscribed: ${ctx.options.schedule ?? 'daily'}.` }
          : { kind: 'notice', text: 'You need Manage Channels to change digests here.', ephemeral: true, error: true },
      ),
    },
    {
      name: 'slow',
      description: 'Answers after a while',
      options: [],
      run: record('slow', () => new Promise<Reply>((r) => setTimeout(() => r({ kind: 'briefing', briefing: claimBriefing('slow') }), slowMs))),
    },
    {
      name: 'slow-private',
      description: 'Answers after a while, only to the asker',
      options: [],
      run: record('slow-private', () => new Promise<Reply>((r) => setTimeout(() => r({ kind: 'notice', text: 'Just for you.', ephemeral: true }), slowMs))),
    },
    {
      name: 'broken',
      description: 'Always fails',
      options: [],
      run: record('broken', () => {
        throw new Error('engine exploded');
      }),
    },
  ];
}
