import type { Command } from '../../../commands/command.js';
import { messages, type Messages } from '../../core/messages/index.js';

/** A console line read as a command call, or a usage problem to print. */
export type ParsedLine =
  | { ok: true; command: Command; options: Record<string, string | undefined> }
  | { ok: false; problem: string };

/** "sources <fact>", "timeline [date]". */
export function usage(command: Command): string {
  return [command.name, ...command.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))].join(' ');
}

/**
 * Dispatches by the first word: "timeline 23 March", "sources resp-amaq-claim", "about", "help", "digest ...".
 * Options are read in order and the last takes the rest. Anything else, and a command word followed by words
 * it takes no options for ("about the suspects"), is a question for `ask`. Problems are written in `m`'s language.
 * @example parseLine('timeline 23 March', commands) // { ok: true, command: timeline, options: { date: '23 March' } }
 */
export function parseLine(line: string, commands: readonly Command[], m: Messages = messages()): ParsedLine {
  const text = line.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const named = commands.find((c) => c.name === first.toLowerCase());
  const ask = commands.find((c) => c.name === 'ask');
  const asQuestion = !named || (named.options.length === 0 && rest.length > 0 && named !== ask);
  const command = asQuestion ? ask : named;
  if (!command) return { ok: false, problem: m.ui.unknownCommand(commands.map((c) => c.name).join(', ')) };
  let remaining = asQuestion ? text : text.slice(first.length).trim();
  const options: Record<string, string | undefined> = {};
  command.options.forEach((o, i) => {
    const last = i === command.options.length - 1;
    const m = /^(\S+)\s*([\s\S]*)$/.exec(remaining);
    const value = last ? remaining : (m?.[1] ?? '');
    remaining = last ? '' : (m?.[2] ?? '');
    options[o.name] = value === '' ? undefined : value;
  });
  const missing = command.options.find((o) => o.required && options[o.name] === undefined);
  if (missing) return { ok: false, problem: m.ui.missing(missing.name, usage(command)) };
  return { ok: true, command, options };
}
