import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { allowedEdits, swaps } from './fuzzy.js';
import type { Entity, Fact, FactCore } from '../types.js';
import { factFields, termsOf, type FactFields, type Terms } from './fact-terms.js';
import { PostingsBuilder, type Postings } from './postings.js';

/** Field boosts: the fact's own words count most, then the names it is tagged with. */
export const FIELD_BOOST = { text: 1, ru: 1, names: 0.9, topics: 0.5, outlets: 0.25 } as const;
const FIELDS = Object.keys(FIELD_BOOST) as (keyof FactFields)[];
/** One language's text at a time: a field searched costs a look-up for every term. */
const EN_FIELDS = ['text', 'names', 'topics', 'outlets'];
const RU_FIELDS = ['ru', 'names', 'topics', 'outlets'];

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
  /** The MiniSearch index of the facts' fields; for a corpus above SMALL_CORPUS, made when first asked for. */
  readonly mini: MiniSearch<IndexedDoc>;
  /** Distinct terms of a fact over all its fields; with `russian`, its Russian text's terms too. */
  terms(factId: string, russian?: boolean): readonly string[];
  /** `terms` as a set, for the many membership tests of checking a fact against a question. */
  termSet(factId: string, russian?: boolean): ReadonlySet<string>;
  /** Distinct terms of a fact's own text and names (what it is about, not its topic labels or outlets). */
  contentTerms(factId: string): readonly string[];
  /** `contentTerms` of the fact at a position in core.facts. */
  contentTermsAt(i: number): readonly string[];
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
  /**
   * MiniSearch's ranking of the facts for a bag of distinct, already processed terms (OR, no fuzzy or prefix
   * matching): the sum over terms of `termBoost` times the term's BM25 score over one language's fields, times
   * `docBoost`, times the number of terms the fact holds. A fact whose `docBoost` is 0 is left out. Best first,
   * at most `limit`, `i` being the fact's position in core.facts.
   */
  search(terms: readonly string[], termBoost: (term: string) => number, russian: boolean, docBoost: (i: number) => number, limit: number): Hit[];
}

/** A fact found by `FactIndex.search`. */
export interface Hit {
  i: number;
  score: number;
}

/**
 * One term's BM25 scores from MiniSearch: the facts holding it, in the order MiniSearch meets them. Plain
 * arrays, not typed ones: each typed array has an ArrayBuffer that young-generation collections sweep, which
 * cost ~0.15 ms per collection with thousands of these.
 */
interface TermHits {
  docs: readonly number[];
  scores: readonly number[];
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

/**
 * Up to this many facts, MiniSearch ranks the facts (`FactIndex.search`: BM25 over each field, every term).
 * MiniSearch scores every posting of every term, so larger corpora are planned over the typed posting lists
 * instead (`FactIndex.postings`): intersect what the question requires, then score, leaving out the commonest terms.
 */
export const SMALL_CORPUS = 5000;

function docOf(fact: Fact, i: number, f: FactFields): IndexedDoc {
  return { id: fact.id, i, fields: { text: f.text.join(' '), ru: f.ru.join(' '), names: f.names.join(' '), topics: f.topics.join(' '), outlets: f.outlets.join(' ') } };
}

function miniSearchOf(docs: readonly IndexedDoc[]): MiniSearch<IndexedDoc> {
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
  return mini;
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
  const ownByPosition: (readonly string[])[] = [];
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
  const small = core.facts.length <= SMALL_CORPUS;
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
    const ownList = [...own];
    ownTerms.set(fact.id, ownList);
    ownByPosition.push(ownList);
    leads.set(fact.id, f.text.slice(0, 4).map(intern));
    if (small) docs.push(docOf(fact, i, f));
  });

  // A large corpus is ranked over the posting lists (src/core/brief/postings-rank.ts), so its MiniSearch index,
  // hundreds of MB and most of the build time at 100,000 facts, is only made if something asks for it.
  let mini = small ? miniSearchOf(docs) : undefined;
  docs.length = 0; // MiniSearch holds what it needs; the closures below would keep the field strings alive.
  const miniSearch = () => (mini ??= miniSearchOf(core.facts.map((fact, i) => docOf(fact, i, factFields(fact, entities, core, memo, terms)))));
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

  // MiniSearch scores a query term by term and sums; a term's BM25 scores depend only on the index, so each is
  // asked of MiniSearch once, and a question sums the memoised lists in scratch arrays made once. The same ranking
  // as one MiniSearch query of all the terms with the same boosts (to floating-point rounding; tested), without the
  // result objects that query builds for each matching fact and term (most of what an answer allocated).
  const hitMemo = [new Map<string, TermHits>(), new Map<string, TermHits>()] as const;
  function termHits(term: string, russian: boolean): TermHits {
    const memo = hitMemo[russian ? 1 : 0];
    const have = memo.get(term);
    if (have) return have;
    const order: number[] = [];
    const met = new Set<number>();
    const found = miniSearch().search(term, {
      fields: russian ? RU_FIELDS : EN_FIELDS,
      fuzzy: false,
      prefix: false,
      boostDocument: (_id, _term, stored) => {
        const i = stored?.i as number;
        if (!met.has(i)) {
          met.add(i);
          order.push(i);
        }
        return 1;
      },
    });
    const score = new Map(found.map((r) => [r.i as number, r.score]));
    const hits = { docs: order, scores: order.map((i) => score.get(i) ?? 0) };
    memo.set(term, hits);
    return hits;
  }
  const n = core.facts.length;
  const scratch = { gen: 0, seen: new Uint32Array(n), boost: new Float64Array(n), sum: new Float64Array(n), count: new Uint16Array(n) };
  function search(terms: readonly string[], termBoost: (term: string) => number, russian: boolean, docBoost: (i: number) => number, limit: number): Hit[] {
    const s = scratch;
    const gen = ++s.gen;
    const met: number[] = [];
    for (const term of terms) {
      if (!df.has(term)) continue;
      const { docs, scores } = termHits(term, russian);
      const tb = termBoost(term);
      for (let k = 0; k < docs.length; k++) {
        const i = docs[k] as number;
        if (s.seen[i] !== gen) {
          s.seen[i] = gen;
          const b = docBoost(i);
          s.boost[i] = b;
          s.sum[i] = 0;
          s.count[i] = 0;
          if (b) met.push(i);
        }
        if (!s.boost[i]) continue;
        s.sum[i] = (s.sum[i] as number) + tb * (scores[k] as number);
        s.count[i] = (s.count[i] as number) + 1;
      }
    }
    // Scores into the scratch, then a stable sort of positions: equal scores keep the order MiniSearch would
    // list them in. Objects only for the best `limit`.
    for (const i of met) s.sum[i] = (s.sum[i] as number) * (s.boost[i] as number) * (s.count[i] as number);
    // A comparator returning -1, 0 or 1 allocates nothing; a difference of doubles is a heap number per call.
    met.sort((a, b) => {
      const x = s.sum[a] as number;
      const y = s.sum[b] as number;
      return x > y ? -1 : x < y ? 1 : 0;
    });
    const hits: Hit[] = [];
    for (let k = 0; k < met.length && k < limit; k++) {
      const i = met[k] as number;
      hits.push({ i, score: s.sum[i] as number });
    }
    return hits;
  }

  // Built when a fact is first checked against a question: most facts of a large corpus never are, and the
  // memo is emptied at 20,000 sets (a few MB), so a large corpus does not end up holding a set per fact.
  const sets = [new Map<string, ReadonlySet<string>>(), new Map<string, ReadonlySet<string>>()] as const;
  function termSet(id: string, russian = false): ReadonlySet<string> {
    const memo = sets[russian ? 1 : 0];
    let set = memo.get(id);
    if (!set) {
      if (memo.size >= 20_000) memo.clear();
      memo.set(id, (set = new Set((russian ? withRussian : allTerms).get(id))));
    }
    return set;
  }

  return {
    get mini() {
      return miniSearch();
    },
    search,
    termSet,
    terms: (id, russian) => (russian ? withRussian : allTerms).get(id) ?? [],
    contentTerms: (id) => ownTerms.get(id) ?? [],
    contentTermsAt: (i) => ownByPosition[i] ?? [],
    otherNameTerms: (id) => otherNames.get(id) ?? NONE,
    lead: (id) => leads.get(id) ?? [],
    df: (t) => df.get(t) ?? 0,
    near,
    size: core.facts.length,
    postings: postings.build(),
  };
}
