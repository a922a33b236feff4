import type { Command } from './command.js';

/** `sources <fact-id>`: the full citations behind one item of a briefing. */
export default {
  name: 'sources',
  description: 'Full citations for one fact (its id is shown with each item)',
  options: [{ name: 'fact', description: 'The fact id, e.g. "resp-amaq-claim"', required: true, maxLength: 200 }],
  run: (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.sources(ctx.options.fact ?? ''), ephemeral: true }),
} satisfies Command;
