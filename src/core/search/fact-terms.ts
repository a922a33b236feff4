import type { Entity, Fact, FactCore } from '../types.js';
import { processTerm } from './normalize.js';
import { rewritePhrases } from './phrases.js';
import { tokenize } from './tokenize.js';

/** Index terms of a piece of text, in order (duplicates kept). */
export function termsOf(text: string): string[] {
  return tokenize(text).map(processTerm).filter((t) => t.length > 0);
}

/** Index terms of a text, as `termsOf` gives them; the result is shared, not to be changed. */
export type Terms = (text: string) => readonly string[];

/**
 * `termsOf` with a memo, for building the engine: the index, the entity resolver and the context each read
 * every entity name and variant, and tokenizing them once instead of three times is start-up time saved.
 */
export function memoTerms(seed: Iterable<readonly [string, readonly string[]]> = []): MemoTerms {
  const memo = new Map<string, readonly string[]>(seed);
  const terms = (text: string) => {
    let found = memo.get(text);
    if (!found) {
      found = termsOf(text);
      memo.set(text, found);
    }
    return found;
  };
  return Object.assign(terms, { entries: () => [...memo] });
}

/**
 * `termsOf` with its memo, which a build can save (`entries`) and a start-up can seed, so that starting the
 * engine stems no word it has stemmed before.
 */
export type MemoTerms = Terms & { entries(): [string, readonly string[]][] };

/** The searchable fields of one fact, as index terms. */
export interface FactFields {
  text: string[];
  /** Names and variants of the entities the fact is tagged with. */
  names: string[];
  /** The fact's topics, split into words ("ukraine-allegations" -> "ukrain", "allegat"). */
  topics: string[];
  /** Outlets of its sources, so "what did Reuters report" can find it. */
  outlets: string[];
  /** The fact's Russian text, stemmed as Russian: a question in Russian finds the fact by it. */
  ru: string[];
}

/** Everything a fact is found by: its text, its entities' names, its topics and its outlets. */
export function factFields(
  fact: Fact,
  entities: ReadonlyMap<string, Entity>,
  core: FactCore,
  memo = new Map<string, string[]>(),
  terms: Terms = termsOf,
): FactFields {
  // Entity names and outlets repeat across facts: their terms are worked out once per id.
  const cached = (key: string, make: () => string[]) => {
    let terms = memo.get(key);
    if (!terms) {
      terms = make();
      memo.set(key, terms);
    }
    return terms;
  };
  const names: string[] = [];
  for (const id of fact.entities) {
    const e = entities.get(id);
    if (e) names.push(...cached(`e:${id}`, () => [e.name, ...e.variants].flatMap((n) => terms(n))));
  }
  const outlets: string[] = [];
  for (const sid of fact.sources) {
    const s = core.sources.get(sid);
    if (s) outlets.push(...cached(`s:${s.outlet}`, () => termsOf(s.outlet)));
  }
  return {
    text: [...terms(rewritePhrases(fact.text.toLowerCase()))],
    names,
    topics: fact.topics.flatMap((t) => cached(`t:${t}`, () => [...terms(t.replace(/-/g, ' '))])),
    outlets,
    ru: fact.ru ? [...terms(fact.ru.toLowerCase())] : [],
  };
}
