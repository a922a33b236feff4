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
    return { kind: 'briefing', briefing: ctx.services.engine.brief(question, { lang: await replyLanguage(ctx, question) }) };
  },
} satisfies Command;
