import type { Command } from './command.js';

/** `help`: every command the adapter offers, with its options. */
export default {
  name: 'help',
  description: 'List the commands',
  options: [],
  run({ commands }) {
    const lines = commands.map((c) => {
      const args = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
      return `• ${[c.name, args].filter(Boolean).join(' ')}: ${c.description}`;
    });
    return {
      kind: 'notice',
      ephemeral: true,
      text: ['Ask me anything about the attack, or use a command:', ...lines, 'Example: "Who claimed responsibility?" or "timeline 23 March".'].join('\n'),
    };
  },
} satisfies Command;
