import { commandText, messages } from '../src/core/messages/index.js';
import { notice } from '../src/core/reply.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

/** `help`: every command the adapter offers, with its options, in the caller's language. */
export default {
  name: 'help',
  description: messages('en').commands.help.description,
  options: [],
  async run(ctx) {
    const lang = await replyLanguage(ctx);
    const m = messages(lang);
    const lines = ctx.commands.map((c) => {
      const args = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
      return `• ${[c.name, args].filter(Boolean).join(' ')}: ${commandText(m, c.name)?.description ?? c.description}`;
    });
    return notice([m.help.intro, ...lines, m.help.example].join('\n'), lang, { ephemeral: true });
  },
} satisfies Command;
