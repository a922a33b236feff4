import type { Command } from './command.js';

/** `about`: what the bot covers, how many facts it knows and how recent its newest source is. */
export default {
  name: 'about',
  description: 'What this bot covers and how',
  options: [],
  run: (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.about(), ephemeral: true }),
} satisfies Command;
