import type { Entity, Fact, FactCore } from '../types.js';
import { processTerm } from './normalize.js';
import { rewritePhrases } from './phrases.js';
import { tokenize } from './tokenize.js';

/** Index terms of a piece of text, in order (duplicates kept). */
export function termsOf(text: string): string[] {
  return tokenize(text).map(processTerm).filter((t) => t.length > 0);
}

/** The searchable fields of one fact, as index terms. */
export interface FactFields {
  text: string[];
  /** Names and variants of the entities the fact is tagged with. */
  names: string[];
  /** The fact's topics, split into words ("ukraine-allegations" -> "ukrain", "allegat"). */
  topics: string[];
  /** Outlets of its sources, so "what did Reuters report" can find it. */
  outlets: string[];
}

/** Everything a fact is found by: its text, its entities' names, its topics and its outlets. */
export function factFields(fact: Fact, entities: ReadonlyMap<string, Entity>, core: FactCore, memo = new Map<string, string[]>()): FactFields {
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
    if (e) names.push(...cached(`e:${id}`, () => [e.name, ...e.variants].flatMap(termsOf)));
  }
  const outlets: string[] = [];
  for (const sid of fact.sources) {
    const s = core.sources.get(sid);
    if (s) outlets.push(...cached(`s:${s.outlet}`, () => termsOf(s.outlet)));
  }
  return {
    text: termsOf(rewritePhrases(fact.text.toLowerCase())),
    names,
    topics: fact.topics.flatMap((t) => cached(`t:${t}`, () => termsOf(t.replace(/-/g, ' ')))),
    outlets,
  };
}
