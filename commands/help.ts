import type { Command } from './command.js';

/**
 * `help`: every command with its options. The list is read when help runs (not at import), because the
 * command list itself includes this command.
 */
export default {
  name: 'help',
  description: 'List the commands',
  options: [],
  async run() {
    const { commands } = await import('./index.js');
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
