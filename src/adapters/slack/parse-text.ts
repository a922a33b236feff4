import type { Command } from '../../../commands/command.js';
import { messages, type Messages } from '../../core/messages/index.js';

/** The command a line of text asks for, with its options, or why it could not be read. */
export type ParsedText =
  | { ok: true; command: Command; options: Record<string, string | undefined> }
  | { ok: false; problem: string };

/** The command free text goes to. */
export const ASK_COMMAND = 'ask';

/** `/brief sources <fact-id> [extra]`, from a command's options. */
export function usage(command: Command, prefix = '/brief'): string {
  const words = command.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  const name = command.name === ASK_COMMAND ? '' : ` ${command.name}`;
  return `${prefix}${name}${words.length > 0 ? ` ${words.join(' ')}` : ''}`.trim();
}

function readOptions(command: Command, rest: string): Record<string, string | undefined> {
  const options: Record<string, string | undefined> = {};
  let remaining = rest.trim();
  command.options.forEach((option, i) => {
    const isLast = i === command.options.length - 1;
    const match = isLast ? null : /^(\S+)\s*([\s\S]*)$/.exec(remaining);
    const value = isLast ? remaining : (match?.[1] ?? '');
    remaining = isLast ? '' : (match?.[2] ?? '');
    options[option.name] = value === '' ? undefined : value;
  });
  return options;
}

function validate(command: Command, options: Record<string, string | undefined>, m: Messages): ParsedText {
  for (const option of command.options) {
    const value = options[option.name];
    if (value === undefined) {
      if (option.required) return { ok: false, problem: m.ui.missing(option.name, usage(command)) };
      continue;
    }
    if (option.choices !== undefined && !option.choices.includes(value)) {
      return { ok: false, problem: m.ui.oneOf(option.name, option.choices, usage(command)) };
    }
    if (option.maxLength !== undefined && value.length > option.maxLength) {
      return { ok: false, problem: m.ui.tooLong(option.name, option.maxLength) };
    }
  }
  return { ok: true, command, options };
}

/**
 * Reads `/brief` text: the first word names a command; otherwise the whole text is the `ask` command's
 * first option (`question`). Options are read in order and the last takes the rest. Empty text asks for `help`.
 * A command that takes no options but is followed by more words ("about the suspects") is read as a question.
 * Problems are written in `m`'s language.
 * @example parseText('timeline 23 March', commands) // { ok: true, command: timeline, options: { date: '23 March' } }
 */
export function parseText(text: string, commands: readonly Command[], m: Messages = messages()): ParsedText {
  const trimmed = text.trim();
  const byName = (name: string) => commands.find((c) => c.name.toLowerCase() === name.toLowerCase());
  const [first = '', ...restWords] = trimmed.split(/\s+/);
  const rest = trimmed.slice(first.length);
  const named = trimmed === '' ? byName('help') : byName(first);
  const ask = byName(ASK_COMMAND);
  if (named !== undefined && !(named.options.length === 0 && restWords.length > 0 && ask !== undefined)) {
    return validate(named, readOptions(named, rest), m);
  }
  if (ask === undefined || trimmed === '') {
    const names = commands.map((c) => c.name).join(', ');
    return { ok: false, problem: m.ui.notUnderstood(names) };
  }
  return validate(ask, { [ask.options[0]?.name ?? 'question']: trimmed }, m);
}
