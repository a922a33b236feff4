import { messages } from '../src/core/messages/index.js';
import { notice } from '../src/core/reply.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const text = messages('en').commands.feedback;

/**
 * `feedback up|down`: a vote on the last answer, for the console (Slack and Discord vote with buttons on the
 * answer itself). Acknowledged to the voter only; a second vote on the same answer replaces the first.
 */
export default {
  name: 'feedback',
  description: text.description,
  options: [{ name: 'vote', description: text.options.vote, required: true, choices: ['up', 'down'] }],
  async run(ctx) {
    const lang = await replyLanguage(ctx, '');
    const m = messages(lang).feedback;
    const vote = ctx.options.vote?.trim().toLowerCase();
    if (vote !== 'up' && vote !== 'down') return notice(m.usage, lang, { ephemeral: true, error: true });
    if (ctx.services.feedback === undefined) return notice(m.off, lang, { ephemeral: true });
    if (ctx.lastAnswer === undefined) return notice(m.nothingYet, lang, { ephemeral: true });
    const saved = await ctx.services.feedback.vote(ctx.caller, ctx.lastAnswer, vote);
    return notice(saved ? m.thanks(vote) : m.failed, lang, { ephemeral: true, error: !saved });
  },
} satisfies Command;
