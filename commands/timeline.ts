import type { Command } from './command.js';

/** `timeline [date]`: the key moments, or one day ("23 March", "2024-03-23", "the day after the attack"). */
export default {
  name: 'timeline',
  description: 'Key moments, of the whole story or of one day',
  options: [{ name: 'date', description: 'A day, e.g. "23 March" or "2024-03-23" (optional)', required: false, maxLength: 100 }],
  run: (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.timeline(ctx.options.date) }),
} satisfies Command;
