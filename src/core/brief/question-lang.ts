import { scriptLang, type Lang } from '../lang.js';
import { fromTranslit } from '../search/translit.js';
import { isEnglishWord } from './question-words.js';

/**
 * The language a question is written in: by its letters (`scriptLang`), except that Russian typed in Latin letters
 * ("gde zaderzhali napadavshih na krokus"), which the engine reads as Russian, is Russian. Undefined when the
 * text has no letters of either.
 * @example questionLang('skolko chelovek pogiblo v krokuse') === 'ru'; questionLang('how many died') === 'en'
 */
export function questionLang(text: string | undefined): Lang | undefined {
  const script = scriptLang(text);
  return script === 'en' && fromTranslit(text ?? '', isEnglishWord) !== undefined ? 'ru' : script;
}
