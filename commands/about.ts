import { messages } from '../src/core/messages/index.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

/** `about`: what the bot covers, how many facts it knows and how recent its newest source is. */
export default {
  name: 'about',
  description: messages('en').commands.about.description,
  options: [],
  run: async (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.about({ lang: await replyLanguage(ctx) }), ephemeral: true }),
} satisfies Command;
