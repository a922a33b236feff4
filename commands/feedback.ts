import type { Lang } from '../src/core/lang.js';
import { messages } from '../src/core/messages/index.js';
import { notice, type Caller, type Reply } from '../src/core/reply.js';
import type { AnswerRef } from '../src/store/feedback.js';
import type { VoteValue } from '../src/store/store.js';
import type { Command, Services } from './command.js';
import { replyLanguage } from './reply-language.js';

/**
 * Casts the caller's vote on `answer` and says how it went, to the voter only (every platform's 👍 / 👎 and the
 * console's `feedback` end here): thanks, "not recorded here", or "could not be saved" when the store failed or
 * the answer is no longer known (`answer` undefined).
 */
export async function voteReply(services: Services, caller: Caller, answer: AnswerRef | undefined, vote: VoteValue, lang: Lang): Promise<Reply> {
  const m = messages(lang).feedback;
  if (services.feedback === undefined) return notice(m.off, lang, { ephemeral: true });
  const saved = answer !== undefined && (await services.feedback.vote(caller, answer, vote));
  return notice(saved ? m.thanks(vote) : m.failed, lang, { ephemeral: true, error: !saved });
}

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
    if (ctx.services.feedback !== undefined && ctx.lastAnswer === undefined) return notice(m.nothingYet, lang, { ephemeral: true });
    return voteReply(ctx.services, ctx.caller, ctx.lastAnswer, vote, lang);
  },
} satisfies Command;
