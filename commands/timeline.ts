import { messages } from '../src/core/messages/index.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const text = messages('en').commands.timeline;

/** `timeline [date]`: the key moments, or one day ("23 March", "23 марта", "2024-03-23", "the day after the attack"). */
export default {
  name: 'timeline',
  description: text.description,
  options: [{ name: 'date', description: text.options.date, required: false, maxLength: 100 }],
  run: async (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.timeline(ctx.options.date, { lang: await replyLanguage(ctx, ctx.options.date) }) }),
} satisfies Command;
