import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { allowedEdits, swaps } from './fuzzy.js';
import type { Entity, Fact, FactCore } from '../types.js';
import { factFields, termsOf, type FactFields, type Terms } from './fact-terms.js';
import { PostingsBuilder, type Postings } from './postings.js';

/** Field boosts: the fact's own words count most, then the names it is tagged with. */
export const FIELD_BOOST = { text: 1, ru: 1, names: 0.9, topics: 0.5, outlets: 0.25 } as const;
const FIELDS = Object.keys(FIELD_BOOST) as (keyof FactFields)[];

interface IndexedDoc {
  id: string;
  /** Position in core.facts, stored so a per-document boost needs no look-up by id. */
  i: number;
  fields: Record<keyof FactFields, string>;
}

/**
 * The full-text index over the facts plus what the ranker needs beside MiniSearch's scores: each fact's
 * distinct terms (to check that a fact covers the question's words) and document frequencies.
 * @example const index = buildFactIndex(core); index.df('makron') // facts naming Macron; index.near('makorn') // ['makron']
 */
export interface FactIndex {
  readonly mini: MiniSearch<IndexedDoc>;
  /** Distinct terms of a fact over all its fields; with `russian`, its Russian text's terms too. */
  terms(factId: string, russian?: boolean): readonly string[];
  /** Distinct terms of a fact's own text and names (what it is about, not its topic labels or outlets). */
  contentTerms(factId: string): readonly string[];
  /** Terms a fact has only through other names of its entities ("leader" of Putin's "Kremlin leader"). */
  otherNameTerms(factId: string): ReadonlySet<string>;
  /** The first few terms of a fact's text: what the sentence is about ("IS-KP was ..."). */
  lead(factId: string): readonly string[];
  /** In how many facts a term appears. */
  df(term: string): number;
  /**
   * Known terms a word may be a misspelling or a beginning of: within the edits its length allows, with two
   * neighbouring letters swapped, or (for 5 letters or more) starting with it. Empty for a known word. Terms only
   * the Russian text has are near only a Russian word (`russian`): "election" is not "электр…".
   */
  near(term: string, russian?: boolean): string[];
  readonly size: number;
  /** Typed posting lists, for planning and scoring questions on large corpora. */
  readonly postings: Postings;
}

const NONE: ReadonlySet<string> = new Set();

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
export function buildFactIndex(core: FactCore, terms: Terms = termsOf): FactIndex {
  const entities = new Map<string, Entity>(core.entities.map((e) => [e.id, e]));
  const intern = interner();
  const df = new Map<string, number>();
  const allTerms = new Map<string, readonly string[]>();
  const withRussian = new Map<string, readonly string[]>();
  const latin = new Set<string>();
  const ownTerms = new Map<string, readonly string[]>();
  const leads = new Map<string, readonly string[]>();
  const docs: IndexedDoc[] = [];
  const postings = new PostingsBuilder();

  const memo = new Map<string, string[]>();
  const variantMemo = new Map<string, readonly string[]>();
  const otherNames = new Map<string, ReadonlySet<string>>();
  /** Terms of a fact's entities' other names that are neither in its text nor in those entities' own names. */
  const variantOnly = (fact: Fact, text: readonly string[]): string[] => {
    const own = new Set(text);
    const out: string[] = [];
    for (const id of fact.entities) {
      let extra = variantMemo.get(id);
      if (!extra) {
        const e = entities.get(id);
        const main = new Set(e ? terms(e.name) : []);
        extra = e ? [...new Set(e.variants.flatMap((v) => terms(v)))].filter((t) => !main.has(t)) : [];
        variantMemo.set(id, extra);
      }
      for (const t of extra) if (!own.has(t)) out.push(t);
    }
    return out;
  };
  core.facts.forEach((fact: Fact, i) => {
    const f = factFields(fact, entities, core, memo, terms);
    // Plain loops: this runs for every fact at start-up, where spreads into fresh arrays and sets add up.
    const own = new Set<string>();
    for (const t of f.text) own.add(intern(t));
    for (const t of f.names) own.add(intern(t));
    const all = new Set(own);
    const meta: string[] = [];
    for (const list of [f.topics, f.outlets]) {
      for (const raw of list) {
        const t = intern(raw);
        if (all.has(t)) continue;
        all.add(t);
        meta.push(t);
      }
    }
    for (const t of all) latin.add(t);
    // A word only an entity's other names have ("leader" of "Kremlin leader" for Putin) finds the fact, but does
    // not make it cover that word: a fact naming Putin says nothing about leaders.
    const others = variantOnly(fact, f.text);
    if (others.length > 0) otherNames.set(fact.id, new Set(others));
    const ru = new Set<string>(all);
    for (const t of f.ru) ru.add(intern(t));
    for (const t of ru) df.set(t, (df.get(t) ?? 0) + 1);
    postings.add(i, own, meta, fact.entities);
    allTerms.set(fact.id, [...all]);
    withRussian.set(fact.id, [...ru]);
    ownTerms.set(fact.id, [...own]);
    leads.set(fact.id, f.text.slice(0, 4).map(intern));
    docs.push({
      id: fact.id,
      i,
      fields: { text: f.text.join(' '), ru: f.ru.join(' '), names: f.names.join(' '), topics: f.topics.join(' '), outlets: f.outlets.join(' ') },
    });
  });

  const mini = new MiniSearch<IndexedDoc>({
    fields: FIELDS,
    idField: 'id',
    storeFields: ['i'],
    extractField: (doc, field) => (field === 'id' ? doc.id : field === 'i' ? doc.i : doc.fields[field as keyof FactFields]),
    tokenize: (s) => (s ? s.split(' ') : []),
    processTerm: (t) => t || null,
    searchOptions: { boost: { ...FIELD_BOOST } },
    logger: () => undefined,
  });
  mini.addAll(docs);
  const vocab = new SearchableMap<number>();
  for (const [t, n] of df) vocab.set(t, n);

  // A fuzzy search of the vocabulary costs far more than a look-up, and questions repeat their words.
  const nearMemo = new Map<string, string[]>();
  function near(term: string, russian = false): string[] {
    if (df.has(term)) return [];
    const key = `${russian ? 'r' : 'l'}${term}`;
    const memo = nearMemo.get(key);
    if (memo) return memo;
    const found = searchNear(term).filter((t) => russian || latin.has(t));
    if (nearMemo.size >= 50_000) nearMemo.clear();
    nearMemo.set(key, found);
    return found;
  }

  function searchNear(term: string): string[] {
    const out = new Set<string>();
    const edits = allowedEdits(term.length);
    if (edits > 0) for (const t of vocab.fuzzyGet(term, edits).keys()) out.add(t);
    for (const swapped of swaps(term)) if (df.has(swapped)) out.add(swapped);
    if (term.length >= 5) {
      let n = 0;
      for (const t of vocab.atPrefix(term).keys()) if (++n <= 20) out.add(t);
    }
    // A longer form of a word the facts use ("гардеробщик" for "гардероб", "investigators" for "investig"): the
    // longest known beginning of at least five letters.
    for (let k = term.length - 1; k >= 5 && term.length >= 7; k--) {
      if (df.has(term.slice(0, k))) {
        out.add(term.slice(0, k));
        break;
      }
    }
    return [...out];
  }

  return {
    mini,
    terms: (id, russian) => (russian ? withRussian : allTerms).get(id) ?? [],
    contentTerms: (id) => ownTerms.get(id) ?? [],
    otherNameTerms: (id) => otherNames.get(id) ?? NONE,
    lead: (id) => leads.get(id) ?? [],
    df: (t) => df.get(t) ?? 0,
    near,
    size: core.facts.length,
    postings: postings.build(),
  };
}
