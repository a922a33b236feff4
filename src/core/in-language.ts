import type { Lang } from './lang.js';
import type { Entity, Fact } from './types.js';

/** What the facts themselves say in each language: a fact's text and an entity's name. */

/** A fact's text in a language: the checked Russian translation, or the English original. */
export function factText(fact: Fact, lang: Lang): string {
  return lang === 'ru' ? fact.ru : fact.text;
}

/**
 * An entity's name in a language. In Russian: its `ru` name, else its first Cyrillic variant, else its name as it is.
 * @example entityName(putin, 'ru') === 'Владимир Путин'
 */
export function entityName(entity: Entity, lang: Lang): string {
  if (lang === 'en') return entity.name;
  return entity.ru ?? entity.variants.find((v) => /\p{Script=Cyrillic}/u.test(v)) ?? entity.name;
}
