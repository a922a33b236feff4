import { termsOf } from '../search/fact-terms.js';
import { SMALL_CORPUS } from '../search/search-index.js';
import { factRange } from '../dates.js';
import type { Fact } from '../types.js';
import type { EngineContext } from './context.js';
import { perFact } from './per-fact.js';
import { coverage, type Coverage } from './coverage.js';
import type { DateRange } from './date-query.js';
import type { Understanding } from './understand.js';
import { rankByPostings } from './postings-rank.js';

/**
 * A fact found for a question, with its relevance and how much of the question it covers.
 * @example { fact, score: 0.82, cov: { covered: 1, required: 1, supported: true, missing: [] } }
 */
export interface Candidate {
  fact: Fact;
  /** Relevance relative to the best result, 0..1, weighted by coverage. */
  score: number;
  cov: Coverage;
}

/** How many search results are looked at; the rest score too low to matter. */
const POOL = 60;

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY + 1;

/**
 * True when a fact's date overlaps the range. A fact spanning years ("attacks over 25 years") does not
 * count as news of one day: a fact longer than a month must be at most twice as long as the range asked.
 */
export function inRange(fact: Fact, range: DateRange): boolean {
  const [from, to, span] = spanOf(fact);
  if (from > range.to || to < range.from) return false;
  return span <= 31 || span <= 2 * days(range.from, range.to);
}

/** A fact's first and last day and its length in days, worked out once per fact (ranking asks for every match). */
const spanOf = perFact((fact): readonly [string, string, number] => {
  const [from, to] = factRange(fact.date);
  return [from, to, days(from, to)];
});

/** A fact's text in lower case, made once per fact. */
export const lowerText = perFact((fact) => fact.text.toLowerCase());

/** Verbs of saying: a fact with one reports what someone said ("what did X say" wants those). */
export const SPEECH: ReadonlySet<string> = new Set(
  termsOf(`said says called told claimed claims stated statement urged warned denied accused described declared announced
  vowed wrote posted condemned praised asserted added argued insisted acknowledged suggested alleged replied dismissed
  rejected expressed offered promised threatened criticised blamed reported`),
);

/**
 * The terms to retrieve with. On a large corpus a term found in more than 0.5 % of facts costs much and
 * ranks little, so it is left out, keeping at least the two rarest of the question's own words: a fact
 * that answers must contain those anyway. Coverage still checks every word on the facts found.
 */
function retrievalTerms(terms: ReadonlyMap<string, number>, ctx: EngineContext): string[] {
  // A term in most facts ranks nothing (its BM25 weight is near zero) but costs a score for each of them.
  const all = [...terms.keys()].filter((t) => ctx.index.df(t) > 0 && ctx.index.df(t) <= ctx.index.size / 2);
  if (all.length === 0) return [...terms.keys()].filter((t) => ctx.index.df(t) > 0).slice(0, 1);
  if (ctx.index.size <= SMALL_CORPUS) return all;
  const cap = Math.max(500, Math.floor(ctx.index.size * 0.005));
  const keep = all.filter((t) => ctx.index.df(t) <= cap);
  const own = all.filter((t) => (terms.get(t) ?? 0) >= 0.7).sort((a, b) => ctx.index.df(a) - ctx.index.df(b));
  for (const t of own.length > 0 ? own : [...all].sort((a, b) => ctx.index.df(a) - ctx.index.df(b))) {
    if (keep.filter((k) => (terms.get(k) ?? 0) >= 0.7).length >= 2) break;
    if (!keep.includes(t)) keep.push(t);
  }
  return keep;
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
  // "Who is X": X as the subject of the sentence (named in its first words) marks a fact about X itself.
  const nameTerms = new Set(u.entities.flatMap((m) => m.terms));
  // Only a bare "who is X": "what are the Islomovs accused of" asks about the accusation, not the people.
  const definition = u.definition && u.content.length === 0 && u.cueTerms.length === 0;
  const aboutItself = (fact: Fact) => ctx.index.lead(fact.id).some((t) => nameTerms.has(t));
  const facts = ctx.core.facts;
  // "suspects", "who claimed it": a question of topic words alone wants the fact an editor marked key for that topic.
  const broad = entityIds.size === 0 && u.content.length === 0 && u.topics.size > 0;
  // A quotation found verbatim is the statement asked about. Checked on the facts the question's words find.
  const phrases = u.phrases ?? [];
  const verbatim = (fact: Fact) => {
    const text = lowerText(fact);
    for (const p of phrases) if (text.includes(p)) return true;
    return false;
  };
  // "How many died in the bombings at Crocus": a count asked about the attack's own place is not answered by a
  // background fact about another event (103 dead in the Kerman bombings) that names neither that place nor
  // anything asked but the perpetrators; naming the other event or where it was ("in Iran") asks for it.
  const kindOf = (id: string) => ctx.resolver.get(id)?.kind;
  const countsAsked = u.frameEntities.length > 0 && (u.quantity || u.figureKinds.length > 0);
  const otherEvent = (fact: Fact): boolean => {
    if (!fact.topics.includes('background')) return false;
    let event = false;
    for (const e of fact.entities) {
      const kind = kindOf(e);
      if (ctx.frameEntityIds.has(e) || (entityIds.has(e) && kind !== 'group' && kind !== 'organisation')) return false;
      if (kind === 'event') event = true;
    }
    return event;
  };
  // Called for every fact a question's terms find: plain loops, as a closure made per call is garbage per fact.
  const boost = (fact: Fact, i: number): number => {
    if (only && !only(fact)) return 0;
    if (countsAsked && otherEvent(fact)) return 0;
    let b = 0.85 + 0.15 * ctx.priorAt(i);
    let named = false;
    let places = false;
    let people = 0;
    for (const e of fact.entities) {
      if (entityIds.has(e)) named = true;
      const kind = u.place || u.person ? kindOf(e) : undefined;
      if (kind === 'place' && !ctx.frameEntityIds.has(e)) places = true;
      if (kind === 'person') people++;
    }
    if (named) {
      b *= 2;
      if (definition && aboutItself(fact)) b *= 1.8;
    }
    if (u.namesakes) for (const e of fact.entities) if (u.namesakes.includes(e)) { b *= 0.5; break; }
    if (u.topics.size > 0) for (const t of fact.topics) if (u.topics.has(t)) { b *= broad && fact.key ? 2.25 : 1.5; break; }
    if (u.range && inRange(fact, u.range)) b *= 1.3;
    if (phrases.length > 0 && verbatim(fact)) b *= 3;
    if (u.speech) for (const t of ctx.index.contentTermsAt(i)) if (SPEECH.has(t)) { b *= 1.5; break; }
    if (u.place && places) b *= 2;
    // "Who are the suspects?": with no one named, facts that name people, the more the better, answer "who".
    if (u.person && entityIds.size === 0) b *= 1 + 0.2 * Math.min(4, people);
    // Asked for graphic detail: the graphic facts are what is wanted.
    if (u.graphic && fact.graphic) b *= u.explicit ? 5 : 1.5;
    return b;
  };

  const retrieval = retrievalTerms(terms, ctx);
  // The small corpus is ranked by MiniSearch's BM25 (FactIndex.search); typos were resolved to known terms
  // already (ContentTerm.near), so the index is asked exact terms.
  const results =
    ctx.index.size <= SMALL_CORPUS
      ? ctx.index.search(retrieval, (t) => terms.get(t) ?? 1, u.russian === true, (i) => boost(facts[i] as Fact, i), POOL)
      : rankByPostings(u, new Map(retrieval.map((t) => [t, terms.get(t) ?? 1])), ctx, boost, POOL);
  const top = results[0]?.score ?? 0;
  if (top <= 0) return [];
  const out: Candidate[] = [];
  for (const { i, score } of results) {
    const fact = facts[i] as Fact;
    const cov = coverage(fact, u, ctx);
    // Coverage by weight: names count whole, plain words by how much they say.
    const entityShare = u.entities.length === 0 ? 1 : (u.entities.length - namesMissed(cov)) / u.entities.length;
    const wordShare = cov.weightTotal === 0 ? 1 : cov.weightCovered / cov.weightTotal;
    const ratio = cov.required === 0 ? (cov.supported ? 1 : 0.5) : u.content.length === 0 ? entityShare : Math.min(entityShare, wordShare);
    out.push({ fact, score: (score / top) * (0.3 + 0.7 * ratio), cov });
  }
  // Best first; a comparator of -1, 0 and 1 allocates no number per comparison.
  return out.sort((a, b) => (a.score > b.score ? -1 : a.score < b.score ? 1 : 0));
}

/** How many of the question's names a fact leaves uncovered (they are the negative entries of `missing`). */
function namesMissed(cov: Coverage): number {
  let n = 0;
  for (const i of cov.missing) if (i < 0) n++;
  return n;
}
