import { messages } from '../src/core/messages/index.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const text = messages('en').commands.sources;

/** `sources <fact-id>`: the full citations behind one item of a briefing. A fact id says nothing of a language. */
export default {
  name: 'sources',
  description: text.description,
  options: [{ name: 'fact', description: text.options.fact, required: true, maxLength: 200 }],
  run: async (ctx) => ({ kind: 'briefing', briefing: ctx.services.engine.sources(ctx.options.fact ?? '', { lang: await replyLanguage(ctx) }), ephemeral: true }),
} satisfies Command;
