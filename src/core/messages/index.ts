import type { Lang } from '../lang.js';
import { en, type Messages } from './en.js';
import { ru } from './ru.js';

export type { EventNames, Messages, ScheduleProblem } from './en.js';

/** One message table per language, all with the same keys. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ru };

/**
 * The message table of a language; English when none is given.
 * @example messages('ru').suggest.toll === 'Сколько человек погибло?'
 */
export function messages(lang: Lang = 'en'): Messages {
  return MESSAGES[lang];
}

/** What a shared command is called and asked for in one language: its description and its options'. */
export interface CommandText {
  description: string;
  options: Readonly<Record<string, string>>;
}

/**
 * A shared command's texts in a language, or undefined for a command the tables do not know (tests' own commands).
 * @example commandText(messages('ru'), 'about')?.description === 'О чём этот бот и как он работает'
 */
export function commandText(m: Messages, name: string): CommandText | undefined {
  return Object.hasOwn(m.commands, name) ? (m.commands as Record<string, CommandText>)[name] : undefined;
}
