import type { Entity, Fact, FactCore } from '../types.js';
import { processTerm } from './normalize.js';
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
export function factFields(fact: Fact, entities: ReadonlyMap<string, Entity>, core: FactCore): FactFields {
  const names: string[] = [];
  for (const id of fact.entities) {
    const e = entities.get(id);
    if (!e) continue;
    for (const n of [e.name, ...e.variants]) names.push(...termsOf(n));
  }
  const outlets: string[] = [];
  for (const sid of fact.sources) {
    const s = core.sources.get(sid);
    if (s) outlets.push(...termsOf(s.outlet));
  }
  return {
    text: termsOf(fact.text),
    names,
    topics: fact.topics.flatMap((t) => termsOf(t.replace(/-/g, ' '))),
    outlets,
  };
}
