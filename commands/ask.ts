import { LIMITS } from '../src/core/limits.js';
import type { Command } from './command.js';

/** `ask <question>`: a short, sourced briefing, or an abstention with questions that do have answers. */
export default {
  name: 'ask',
  description: 'Ask a question about the Crocus City Hall attack',
  options: [{ name: 'question', description: 'Your question, e.g. "How many people were killed?"', required: true, maxLength: LIMITS.query }],
  run: (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.brief(ctx.options.question ?? '') }),
} satisfies Command;
