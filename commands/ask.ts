import { LIMITS } from '../src/core/limits.js';
import { messages } from '../src/core/messages/index.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const text = messages('en').commands.ask;

/** `ask <question>`: a short, sourced briefing, or an abstention with questions that do have answers. */
export default {
  name: 'ask',
  description: text.description,
  options: [{ name: 'question', description: text.options.question, required: true, maxLength: LIMITS.query }],
  async run(ctx) {
    const question = ctx.options.question ?? '';
    const briefing = ctx.services.engine.brief(question, { lang: await replyLanguage(ctx, question) });
    // Every adapter asks through here, so this is the one place abstentions are recorded.
    if (!briefing.answered && question.trim() !== '') await ctx.services.feedback?.abstained(ctx.caller, question);
    return { kind: 'briefing', briefing };
  },
} satisfies Command;
