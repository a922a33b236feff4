import type { Lang } from '../lang.js';
import { en, type Messages } from './en.js';
import { ru } from './ru.js';

export type { EventNames, Messages } from './en.js';

/** One message table per language, all with the same keys. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ru };

/**
 * The message table of a language; English when none is given.
 * @example messages('ru').suggest.toll === 'Сколько человек погибло?'
 */
export function messages(lang: Lang = 'en'): Messages {
  return MESSAGES[lang];
}
