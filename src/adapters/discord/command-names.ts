import type { Command } from '../../../commands/command.js';

/** Commands whose Discord name differs from their shared name: `ask` is `/brief question:<text>`. */
const SLASH_NAMES: Readonly<Record<string, string>> = { ask: 'brief' };

/** The boolean option every slash command gets: answer only to the asker. */
export const PRIVATE_OPTION = 'private';

/**
 * The name a command is registered under on Discord.
 * @example slashName({ name: 'ask', ... }) // 'brief'
 */
export function slashName(command: Pick<Command, 'name'>): string {
  return SLASH_NAMES[command.name] ?? command.name;
}

/** The command behind a slash command name, if any. */
export function commandForSlash(commands: readonly Command[], name: string): Command | undefined {
  return commands.find((c) => slashName(c) === name);
}

/**
 * Reads free text into a command's options the way every text adapter does: options in order, one word each,
 * the last takes the rest. Used for mentions, where the whole text is the question.
 * @example textToOptions(ask, 'who claimed the attack?') // { question: 'who claimed the attack?' }
 */
export function textToOptions(command: Command, text: string): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {};
  let rest = text.trim();
  command.options.forEach((option, i) => {
    if (i === command.options.length - 1) {
      options[option.name] = rest === '' ? undefined : rest;
      return;
    }
    const m = /^(\S+)\s*([^]*)$/.exec(rest);
    options[option.name] = m?.[1];
    rest = m?.[2] ?? '';
  });
  return options;
}
