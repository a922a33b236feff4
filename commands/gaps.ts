import { formatGaps, parseSince } from '../src/core/gaps.js';
import { messages } from '../src/core/messages/index.js';
import { notice } from '../src/core/reply.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const text = messages('en').commands.gaps;

/**
 * `gaps [since]`: the editors' report in chat (questions most often left unanswered, answers voted down most),
 * for those who may manage the channel's digests; shown to the asker only. The same report as
 * `npm run -s briefing -- gaps`.
 */
export default {
  name: 'gaps',
  description: text.description,
  options: [{ name: 'since', description: text.options.since, required: false, maxLength: 16 }],
  managersOnly: true,
  async run(ctx) {
    const lang = await replyLanguage(ctx);
    const m = messages(lang);
    if (!ctx.caller.canManageChannel) return notice(m.gaps.notAllowed, lang, { ephemeral: true, error: true });
    if (ctx.services.feedback === undefined) return notice(m.gaps.off, lang, { ephemeral: true });
    const since = parseSince(ctx.options.since, ctx.now());
    if (since === undefined) return notice(m.gaps.badSince(ctx.options.since ?? ''), lang, { ephemeral: true, error: true });
    const report = await ctx.services.feedback.gaps(since);
    if (report === undefined) return notice(m.gaps.failed, lang, { ephemeral: true, error: true });
    return notice(formatGaps(report, m), lang, { ephemeral: true });
  },
} satisfies Command;
