import MiniSearch from 'minisearch';
import type { Entity, Fact, FactCore } from '../types.js';
import { factFields, type FactFields } from './fact-terms.js';

/** Field boosts: the fact's own words count most, then the names it is tagged with. */
export const FIELD_BOOST = { text: 1, names: 0.9, topics: 0.5, outlets: 0.25 } as const;
const FIELDS = Object.keys(FIELD_BOOST) as (keyof FactFields)[];

interface IndexedDoc {
  id: string;
  fields: Record<keyof FactFields, string>;
}

/**
 * The full-text index over the facts plus what the ranker needs beside MiniSearch's scores: each fact's
 * distinct terms (to check that a fact covers the question's words) and document frequencies.
 */
export interface FactIndex {
  readonly mini: MiniSearch<IndexedDoc>;
  /** Distinct terms of a fact over all its fields. */
  terms(factId: string): readonly string[];
  /** Distinct terms of a fact's own text and names (what it is about, not its topic labels or outlets). */
  contentTerms(factId: string): readonly string[];
  /** In how many facts a term appears. */
  df(term: string): number;
  readonly size: number;
}

/** Terms are interned so that 100 000 facts share one string per distinct word. */
function interner(): (t: string) => string {
  const pool = new Map<string, string>();
  return (t) => {
    const have = pool.get(t);
    if (have !== undefined) return have;
    pool.set(t, t);
    return t;
  };
}

/** Builds the index once at start-up. Terms arrive already processed, so MiniSearch only splits on spaces. */
export function buildFactIndex(core: FactCore): FactIndex {
  const entities = new Map<string, Entity>(core.entities.map((e) => [e.id, e]));
  const intern = interner();
  const df = new Map<string, number>();
  const allTerms = new Map<string, readonly string[]>();
  const ownTerms = new Map<string, readonly string[]>();
  const docs: IndexedDoc[] = [];

  core.facts.forEach((fact: Fact) => {
    const f = factFields(fact, entities, core);
    const own = new Set([...f.text, ...f.names].map(intern));
    const all = new Set([...own, ...f.topics.map(intern), ...f.outlets.map(intern)]);
    for (const t of all) df.set(t, (df.get(t) ?? 0) + 1);
    allTerms.set(fact.id, [...all]);
    ownTerms.set(fact.id, [...own]);
    docs.push({
      id: fact.id,
      fields: { text: f.text.join(' '), names: f.names.join(' '), topics: f.topics.join(' '), outlets: f.outlets.join(' ') },
    });
  });

  const mini = new MiniSearch<IndexedDoc>({
    fields: FIELDS,
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? doc.id : doc.fields[field as keyof FactFields]),
    tokenize: (s) => (s ? s.split(' ') : []),
    processTerm: (t) => t || null,
    searchOptions: { boost: { ...FIELD_BOOST } },
    logger: () => undefined,
  });
  mini.addAll(docs);

  return {
    mini,
    terms: (id) => allTerms.get(id) ?? [],
    contentTerms: (id) => ownTerms.get(id) ?? [],
    df: (t) => df.get(t) ?? 0,
    size: core.facts.length,
  };
}
