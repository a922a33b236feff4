import { allowedEdits } from '../search/fuzzy.js';
import { termsOf } from '../search/fact-terms.js';
import { factRange } from '../dates.js';
import type { Fact } from '../types.js';
import type { EngineContext } from './context.js';
import { coverage, type Coverage } from './coverage.js';
import type { DateRange } from './date-query.js';
import type { Understanding } from './understand.js';

/** A fact found for a question, with its relevance and how much of the question it covers. */
export interface Candidate {
  fact: Fact;
  /** Relevance relative to the best result, 0..1, weighted by coverage. */
  score: number;
  cov: Coverage;
}

/** How many search results are looked at; the rest score too low to matter. */
const POOL = 60;

/** True when a fact's date (or date range) overlaps the range. */
export function inRange(fact: Fact, range: DateRange): boolean {
  const [from, to] = factRange(fact.date);
  return from <= range.to && to >= range.from;
}

/**
 * Searches the index with the question's terms and ranks the results: MiniSearch's BM25 score, boosted for
 * facts tagged with a named entity, carrying a wanted topic or falling in the asked period, then weighted by
 * how much of the question each fact covers. `only` restricts the facts considered (a date, a figure kind).
 */
export function rank(u: Understanding, ctx: EngineContext, only?: (fact: Fact) => boolean): Candidate[] {
  const entityIds = new Set(u.entities.flatMap((m) => m.ids));
  const terms = new Map(u.search);
  for (const topic of u.topics) for (const t of termsOf(topic.replace(/-/g, ' '))) if (!terms.has(t)) terms.set(t, 0.4);
  if (terms.size === 0) return [];
  const known = (t: string) => ctx.index.df(t) > 0;
  // "Who is X": X as the subject of the sentence (named in its first words) marks a fact about X itself.
  const nameTerms = new Set(u.entities.flatMap((m) => m.terms));
  const aboutItself = (fact: Fact) => termsOf(fact.text).slice(0, 4).some((t) => nameTerms.has(t));
  const boostCache = new Map<string, number>();
  const boost = (id: string): number => {
    let b = boostCache.get(id);
    if (b !== undefined) return b;
    const fact = ctx.core.factsById.get(id) as Fact;
    b = 0.85 + 0.15 * ctx.prior(id);
    if (fact.entities.some((e) => entityIds.has(e))) {
      b *= 2;
      if (u.definition && aboutItself(fact)) b *= 1.8;
    }
    if (fact.topics.some((t) => u.topics.has(t))) b *= 1.5;
    if (u.range && inRange(fact, u.range)) b *= 1.3;
    if (only && !only(fact)) b = 0;
    boostCache.set(id, b);
    return b;
  };

  const results = ctx.index.mini.search([...terms.keys()].join(' '), {
    boostTerm: (t) => terms.get(t) ?? 1,
    boostDocument: (id) => boost(id as string),
    fuzzy: (t) => (known(t) ? false : allowedEdits(t.length)),
    prefix: (t) => !known(t) && t.length >= 4,
    weights: { fuzzy: 0.45, prefix: 0.35 },
    combineWith: 'OR',
  });
  const top = results[0]?.score ?? 0;
  if (top <= 0) return [];
  const out: Candidate[] = [];
  for (const r of results.slice(0, POOL)) {
    const fact = ctx.core.factsById.get(r.id as string);
    if (!fact) continue;
    const cov = coverage(fact, u, ctx);
    const ratio = cov.required === 0 ? (cov.supported ? 1 : 0.5) : cov.covered / cov.required;
    out.push({ fact, score: (r.score / top) * (0.3 + 0.7 * ratio), cov });
  }
  return out.sort((a, b) => b.score - a.score);
}
