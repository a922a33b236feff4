import type { Briefing, Fact } from '../types.js';
import { cmp } from '../dates.js';
import { entityName } from '../in-language.js';
import { abstain } from './abstain.js';
import { compose } from './compose.js';
import { cueSiblings, synonymsOf } from './cues.js';
import type { EngineContext } from './context.js';
import { perFact } from './per-fact.js';
import { inRange, lowerText, rank, SPEECH, type Candidate } from './rank.js';
import { termsOf } from '../search/fact-terms.js';
import { isNoun } from '../search/english-data.js';
import { isOpenRange } from './date-query.js';
import { titleFor } from './titles.js';
import { ABSTENTION, namesSubject } from './word-weight.js';
import { namesKind, sharesStem } from './coverage.js';
import type { ContentTerm, Understanding } from './understand.js';
import type { EntityMatch } from '../search/entities.js';

/** A result this far below the best is not worth showing. */
const RELATIVE_FLOOR = 0.35;

/** Options for the general route, used by the figure and date routes when they fall back to it. */
export interface GeneralOptions {
  only?: (fact: Fact) => boolean;
  /**
   * The answer must state a count: `figure` for a figure question that found no typed figure (the fact must
   * also carry the figure's topic or word), `count` for any other "how many" question.
   */
  needNumber?: 'figure' | 'count';
  notes?: string[];
}

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundreds?|thousands?)\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NOT_COUNTS = new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}\\b|\\b(?:1[89]|20)\\d{2}s?\\b|\\b\\d{1,2}:\\d{2}\\b`, 'g');

/** Whether a text states a count: a number that is not a date, a year or a time. */
function statesCount(text: string): boolean {
  return NUMBER.test(text.replace(NOT_COUNTS, ' '));
}

/**
 * A noun among the few hundred commonest words, too common to be a subject of its own ("place", "thing", "way");
 * not "police" (common, but a subject), nor a verb ("pay", "happen"), which asks.
 */
const vagueNoun = (w: ContentTerm) => w.weight <= VAGUE_WEIGHT && !w.must && isNoun(w.raw);
const VAGUE_WEIGHT = 0.15;

/**
 * Whether a candidate answers the question, by weight: every name, number and rare word covered, and at least
 * `ABSTENTION.coveredShare` of the weight of the plain words ("foreign" may go uncovered in "did foreign
 * diplomats lay flowers", "guy" in "who was the cloakroom guy"). With no required words, the fact must carry
 * one of the question's topics or cue words.
 */
export function answers(c: Candidate, u: Understanding, ctx: EngineContext): boolean {
  const { covered, required, supported } = c.cov;
  // Background facts are about other events: they answer only when asked for by name or as background.
  if (required === 0 && c.fact.topics.includes('background') && !u.topics.has('background')) return false;
  if (required === 0) return supported;
  // "Was Agalarov arrested?": a fact that names him but reports no arrest (in its topics or its words) does not answer.
  // A rumour about the attackers ("is it true they were Chechen?") is not checked by a fact on another subject.
  // Every word covered, and every name but one of three or more ("what did Navalny's associate Zhdanov accuse the
  // security services of"): the question's own words are the answer's, whatever topic its cues suggest.
  const whole = covered === required || (c.cov.mustMissing === 0 && c.cov.missing.every((i) => i < 0) && u.content.length > 0);
  if (whole) return supported || (u.figureKinds.length === 0 && !(u.rumour && u.topics.size > 0)) || reportsCue(c, u, ctx);
  // "How far was the place where they were caught": words too common to be a subject ("place", "thing") are all it
  // misses, and it is on the question's topic.
  if (supported && c.cov.mustMissing === 0 && c.cov.missing.every((i) => i >= 0 && vagueNoun(u.content[i] as ContentTerm))) return true;
  // Abstain by weight: every name, number and rare word covered, and most of the weight of the plain words.
  if (c.cov.mustMissing > 0 || covered === 0) return false;
  const share = c.cov.weightTotal === 0 ? 1 : c.cov.weightCovered / c.cov.weightTotal;
  // Two of the question's own words or names covered say more than a topic its cue words suggest ("international").
  return share >= ABSTENTION.coveredShare - 1e-9 && (supported || u.topics.size === 0 || covered >= 2 || reportsCue(c, u, ctx));
}

/** A fact's text as terms, in order, worked out once per fact. */
const textTerms = perFact((fact) => termsOf(fact.text));

/**
 * "What did China say?": in a fact that reports someone saying something, one of the names or words asked
 * about must come before the verb of saying; "Faizov's mother said he planned to study in China" is not China speaking.
 */
function speakerAsked(c: Candidate, u: Understanding): boolean {
  const terms = textTerms(c.fact);
  const verb = terms.findIndex((t) => SPEECH.has(t));
  if (verb < 0) return true;
  const before = terms.slice(0, verb);
  const asked = [...u.entities.flatMap((m) => m.terms), ...u.content.flatMap((w) => [w.term, ...synonymsOf(w.term)])];
  return asked.some((t) => before.includes(t)) || u.entities.some((m) => m.ids.some((id) => c.fact.entities.includes(id)));
}

/** Whether a fact uses one of the question's cue words or a synonym ("detaining" for "arrests"). */
function reportsCue(c: Candidate, u: Understanding, ctx: EngineContext): boolean {
  return usesCue(ctx.index.terms(c.fact.id, u.russian), u);
}

/**
 * Whether `terms` hold one of the question's cue words, a synonym or a word of the same cue line ("killed" for
 * "died"); in Russian also a word of the same five-letter beginning, as Snowball leaves a participle and its verb
 * apart ("погибших", "погибли").
 */
function usesCue(terms: readonly string[], u: Understanding): boolean {
  const uses = (t: string) => terms.includes(t) || synonymsOf(t).some((s) => terms.includes(s)) || (u.russian && sharesStem(t, terms, 5));
  return u.cueTerms.some((t) => uses(t) || cueSiblings(t).some((s) => terms.includes(s)));
}

/**
 * A fact about something named or asked about in its own words ("the Kerman bombings", "gave blood") states the
 * figure asked for when it covers them and uses the figure's own word ("103 people died", "for the wounded"), even
 * if it is not filed under casualties.
 */
function statesKind(c: Candidate, u: Understanding, ctx: EngineContext): boolean {
  // A name anchors the figure ("the bombings IS-KP carried out in Iran"): a plain word may go uncovered. Without
  // one, every word must be ("a bomb blew up the building" is not the Kerman bombings).
  const anchored = u.entities.length > 0 ? c.cov.mustMissing === 0 : u.content.some(namesSubject) && c.cov.covered === c.cov.required;
  if (!anchored) return false;
  // A Russian question's cue ("погибших") is a word of the fact's Russian text ("погибли").
  return usesCue(u.russian ? ctx.index.terms(c.fact.id, true) : ctx.index.contentTerms(c.fact.id), u);
}

/**
 * Whether a fact names someone the question does not: of the kind asked for ("the name of the woman": a
 * person), or else a person, group or organisation (the outlet that reported it is no answer to a name).
 */
function namesSomeoneElse(fact: Fact, u: Understanding, ctx: EngineContext): boolean {
  const kind = u.content.find((c) => c.asksName)?.asksName;
  if (kind) return namesKind(fact, kind, u, ctx);
  const asked = new Set(u.entities.flatMap((m) => m.ids));
  return fact.entities.some((id) => !asked.has(id) && ['person', 'group', 'organisation'].includes(ctx.resolver.get(id)?.kind ?? ''));
}

/** Candidates that answer the question, best first, within RELATIVE_FLOOR of the best. */
export function qualifying(cands: readonly Candidate[], u: Understanding, ctx: EngineContext, opts: GeneralOptions = {}): Candidate[] {
  let ok = cands.filter((c) => answers(c, u, ctx));
  // "What was the name of the oldest victim?": only a fact that names someone the question does not answers.
  if (u.name) ok = ok.filter((c) => namesSomeoneElse(c.fact, u, ctx));
  if (u.speech && !u.person && u.content.length + u.entities.length === 1) ok = ok.filter((c) => speakerAsked(c, u));
  if (opts.needNumber) ok = ok.filter((c) => statesCount(c.fact.text) && (opts.needNumber === 'count' || c.cov.supported || statesKind(c, u, ctx)));
  // "Where were they caught?": the facts that name a place (not the event's own) answer, when there are any.
  const placed = u.asksWhere ? ok.filter((c) => namesPlace(c.fact, ctx)) : [];
  if (placed.length > 0) ok = placed;
  // "How far from the border?": the facts that state a distance answer, when there are any.
  const far = u.distance ? ok.filter((c) => DISTANCE.test(c.fact.text)) : [];
  if (far.length > 0) ok = far;
  // "How much did the tickets cost?": a price is an amount of money, and a fact without one does not answer.
  if (u.price && u.figureKinds.length === 0) ok = ok.filter((c) => MONEY.test(c.fact.text));
  // Who said "death for death": the facts with the quotation verbatim are the answer, when there are any.
  const verbatim = ok.filter((c) => u.phrases?.some((p) => lowerText(c.fact).includes(p)));
  if (verbatim.length > 0) ok = verbatim;
  const best = ok[0]?.score ?? 0;
  return ok.filter((c) => c.score >= best * RELATIVE_FLOOR);
}

/** Whether a fact names a place or country other than the event's own (Krasnogorsk, Moscow). */
function namesPlace(fact: Fact, ctx: EngineContext): boolean {
  return fact.entities.some((e) => ['place', 'country'].includes(ctx.resolver.get(e)?.kind ?? '') && !ctx.frameEntityIds.has(e));
}

/** A distance as the facts state one: "340 km", "85 miles (140 km)". */
const DISTANCE = /\d[\d,.]*\s*(?:km|kilomet|miles?)\b/i;

/** An amount of money as the facts state one: "1 million rubles", "$10,500", "500,000 roubles". */
const MONEY = /\d[\d,.]*\s*(?:(?:thousand|million|billion)\s+)?(?:rubles?|roubles?|dollars?|euros?|usd)\b|[$€£]\s?\d/i;

/** With this many names asked about and found together, a question is about them even when its claim is not. */
const PREMISE_NAMES = 2;

interface Correction {
  found: Candidate[];
  note: string;
}

/** The name of an entity asked about, in the answer's language. */
function nameOf(m: EntityMatch, ctx: EngineContext): string {
  const entity = ctx.resolver.get(m.ids[0] as string);
  return entity ? entityName(entity, ctx.lang) : '';
}

/**
 * A false premise about people or places the facts do cover ("why did Zelenskyy admit that Ukraine helped the
 * attackers?"): no fact covers the claim, but facts name them all together (and every name, number and rare
 * word asked). Those facts are the answer, with a note naming the words no source supports, so the premise is
 * corrected, never confirmed.
 */
function premiseCheck(ranked: readonly Candidate[], u: Understanding, ctx: EngineContext): Correction | undefined {
  if (u.entities.length < PREMISE_NAMES || u.content.some((c) => c.must && !c.known)) return undefined;
  const found = ranked
    .filter((c) => c.cov.mustMissing === 0 && c.cov.missing.every((i) => i >= 0))
    .filter((c) => !c.fact.topics.includes('background') || u.topics.has('background'))
    .slice(0, 3);
  if (found.length === 0) return undefined;
  const m = ctx.messages.notes;
  const claim = u.content.filter((w, i) => found.every((c) => c.cov.missing.includes(i)) && w.weight > 0).map((w) => m.quote(w.raw));
  const names = [...new Set(u.entities.map((e) => nameOf(e, ctx)))].filter(Boolean);
  return { found, note: m.premise(claim, names) };
}

/** Below this weight a word is common enough ("possible", "real") to only qualify what is asked. */
const QUALIFIER_WEIGHT = 0.4;

/**
 * A question that takes its claim as given ("why did Belarus arrest the gunmen?", "why were the gunmen
 * Chechen?", "why did the US refuse to warn Russia?"): when nothing answers it whole, one name or word that no
 * fact supports along with the rest is the claim. The question is answered without it, with a note naming it,
 * so the premise is corrected, never confirmed. Of the words it could be, the one whose leaving out finds the
 * best answer is taken; what is left must still find facts on the question's topic or two of its words.
 */
function withoutClaim(u: Understanding, ctx: EngineContext, opts: GeneralOptions): Correction | undefined {
  if (!u.presumes) return undefined;
  // Without the claim, common words that only qualify it ("a possible attack") need not be covered either.
  const plain = (w: ContentTerm) => w.must || w.weight >= QUALIFIER_WEIGHT;
  const options: { claim: string; u: Understanding }[] = [
    ...u.entities.map((m) => ({ claim: nameOf(m, ctx), u: { ...u, entities: u.entities.filter((e) => e !== m), search: searchWithout(u, m.terms) } })),
    ...u.content
      .filter((c) => c.weight > 0)
      .map((c) => ({ claim: c.raw, u: { ...u, content: u.content.filter((w) => w !== c && plain(w)), search: searchWithout(u, [c.term, ...c.near, ...c.wordnet]) } })),
  ];
  let best: Correction | undefined;
  let bestScore = 0;
  for (const o of options) {
    if (o.u.entities.length + o.u.content.filter(namesSubject).length + o.u.topics.size === 0) continue;
    const found = qualifying(rank(o.u, ctx, opts.only), o.u, ctx, opts)
      // What is left must still be asked about in earnest: a topic of the question, or two of its words.
      .filter((c) => !c.fact.topics.includes('background') && (c.cov.supported || c.cov.covered >= 2))
      .slice(0, 3);
    const score = found[0]?.score ?? 0;
    if (score > bestScore) {
      bestScore = score;
      best = { found, note: ctx.messages.notes.unsupported([ctx.messages.notes.quote(o.claim)]) };
    }
  }
  return best;
}

/** The question's search terms with some left out: those of a name or word asked about without it. */
function searchWithout(u: Understanding, terms: readonly string[]): Map<string, number> {
  return new Map([...u.search].filter(([t]) => !terms.includes(t)));
}

const peopleAsked = (u: Understanding, ctx: EngineContext) => u.entities.filter((m) => m.ids.some((id) => ctx.resolver.get(id)?.kind === 'person'));

function namesAllPeople(fact: Fact, u: Understanding, ctx: EngineContext): boolean {
  return peopleAsked(u, ctx).every((m) => m.ids.some((id) => fact.entities.includes(id)));
}

/**
 * "How did Antonov and Bortnikov each describe the warning?", "how did Macron's view compare with Putin's?": two
 * people (or more) asked about together whom no fact names together. Each is asked about on their own, the
 * others left out; when every one of them finds an answer, the answers are shown side by side.
 */
function eachNamed(u: Understanding, ctx: EngineContext, opts: GeneralOptions): Candidate[] {
  const people = peopleAsked(u, ctx);
  if (people.length < 2 || people.length > 3) return [];
  const sides = people.map((p) => {
    const others = people.filter((o) => o !== p);
    const one: Understanding = {
      ...u,
      entities: u.entities.filter((m) => !others.includes(m)),
      content: u.content.filter((c) => !c.titleOf || c.titleOf.some((id) => p.ids.includes(id))),
      search: searchWithout(u, others.flatMap((o) => o.terms)),
    };
    return qualifying(rank(one, ctx, opts.only), one, ctx, opts).slice(0, 2);
  });
  if (sides.some((s) => s.length === 0)) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < 2; i++) for (const s of sides) if (s[i] && !out.some((c) => c.fact.id === s[i]?.fact.id)) out.push(s[i] as Candidate);
  return out;
}

/** Per index: the terms that only graphic facts have ("wheelchair", "ear"). */
const graphicOnly = new WeakMap<EngineContext['index'], ReadonlySet<string>>();

function graphicOnlyTerms(ctx: EngineContext): ReadonlySet<string> {
  let terms = graphicOnly.get(ctx.index);
  if (!terms) {
    const counts = new Map<string, number>();
    for (const f of ctx.core.facts) if (f.graphic) for (const t of ctx.index.terms(f.id, true)) counts.set(t, (counts.get(t) ?? 0) + 1);
    terms = new Set([...counts].filter(([t, n]) => n === ctx.index.df(t)).map(([t]) => t));
    graphicOnly.set(ctx.index, terms);
  }
  return terms;
}

/**
 * "Which suspect was wheeled into court in a wheelchair?": a question that names a detail only graphic facts
 * report asks for that detail, so the fact that has it is shown (still marked graphic).
 */
function namesGraphicDetail(fact: Fact, u: Understanding, ctx: EngineContext): boolean {
  const only = graphicOnlyTerms(ctx);
  const terms = ctx.index.terms(fact.id, true);
  return u.content.some((w) => namesSubject(w) && only.has(w.term) && terms.includes(w.term));
}

/** Answers from the index: rank, keep what covers the question, leave out graphic detail unless asked. */
export function generalAnswer(query: string, u: Understanding, ctx: EngineContext, opts: GeneralOptions = {}): Briefing {
  const ranked = rank(u, ctx, opts.only);
  let found = qualifying(ranked, u, ctx, opts);
  const premise = found.length === 0 && !opts.needNumber ? (premiseCheck(ranked, u, ctx) ?? withoutClaim(u, ctx, opts)) : undefined;
  if (premise) {
    found = premise.found;
    opts = { ...opts, notes: [...(opts.notes ?? []), premise.note] };
  }
  // Two people asked about: each of them, side by side, when each has an answer; after the facts that name them
  // together, if any ("how old were Khalilov and Donskov": the one that names both gives one age).
  const each = eachNamed(u, ctx, opts);
  if (each.length > 0) {
    const together = found.filter((c) => namesAllPeople(c.fact, u, ctx));
    found = [...together, ...each.filter((c) => !together.some((t) => t.fact.id === c.fact.id))];
  }
  // "before the attack", "since 28 March": facts inside the period come first, when there are any.
  if (u.range && isOpenRange(u.range)) {
    const range = u.range;
    const inside = found.filter((c) => inRange(c.fact, range));
    if (inside.length > 0) found = inside;
  }
  const shown = found.filter((c) => u.graphic || !c.fact.graphic || namesGraphicDetail(c.fact, u, ctx));
  const notes = [...(opts.notes ?? [])];
  if (shown.length < found.length) notes.push(ctx.messages.notes.graphicLeftOut);
  if (shown.length === 0) {
    return abstain(query, found.length > 0 ? { kind: 'graphic-only' } : { kind: 'no-match' }, ctx, u.topics, opts.notes);
  }
  let facts = shown.map((c) => c.fact);
  if (u.latest) facts = [...facts].sort((a, b) => cmp(b.date, a.date));
  const timely = u.time || u.range !== undefined;
  return compose(
    { query, title: titleFor(u, ctx), facts, chronological: timely, dated: timely || u.latest, graphic: u.graphic, notes },
    ctx,
  );
}
