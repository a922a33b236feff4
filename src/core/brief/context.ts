import { createEntityResolver, type EntityResolver } from '../search/entities.js';
import { memoTerms, type Terms } from '../search/fact-terms.js';
import { buildFactIndex, type FactIndex } from '../search/search-index.js';
import { isNoise } from '../search/stopwords.js';
import { cmp } from '../dates.js';
import { byAsOfThenValue } from '../figure-series.js';
import { entityName } from '../in-language.js';
import type { Lang } from '../lang.js';
import { messages, type EventNames, type Messages } from '../messages/index.js';
import type { Entity, Fact, FactCore, FigureKind, IsoDate, Topic } from '../types.js';
import { createSpeller, type Speller } from './speller.js';

/**
 * Everything built once from the fact core that answering needs: the index, the entity resolver, the attack
 * day (the anchor for "the day after"), which entities every fact is implicitly about, and per-fact priors.
 * @example const ctx = buildContext(core); ctx.anchor // '2024-03-22'
 */
export interface EngineContext {
  core: FactCore;
  index: FactIndex;
  resolver: EntityResolver;
  speller: Speller;
  /** The day of the event itself: the most common date of facts about the attack. */
  anchor: IsoDate;
  /** The language answers are written in, and its message table: see `inLanguage`. */
  lang: Lang;
  messages: Messages;
  /** The main event entity, or else the most tagged place every fact is about: what the facts are about. */
  about: { event?: Entity; place?: Entity };
  /** `about` named in `lang`, with the attack day. */
  names: EventNames;
  /** What the bot covers, for messages: "the Crocus City Hall attack of 22 March 2024". */
  subject: string;
  /** The event entity most facts are tagged with, if the data has one. */
  mainEventId?: string;
  /** Entities the whole fact core is about (the event, the venue, Moscow): naming them narrows nothing. */
  frameEntityIds: ReadonlySet<string>;
  /** Index terms of every entity name and variant: typos of names are forgiven more readily. */
  nameTerms: ReadonlySet<string>;
  /** How many facts are tagged with an entity: of two people sharing a surname, the better known is meant. */
  mentions(entityId: string): number;
  /** A static importance per fact, used when a question names no words to rank by ("what happened on 24 March"). */
  prior(factId: string): number;
  /** `prior` of the fact at a position in core.facts: no look-up by id, for ranking's per-fact work. */
  priorAt(i: number): number;
  /** Facts that state a figure, by kind. */
  figures: ReadonlyMap<FigureKind, readonly Fact[]>;
  /** All facts in date (and time) order. */
  chronological: readonly Fact[];
  /** Facts of a single day, in date order (binary-searchable by date), and facts spanning several days. */
  singleDay: readonly Fact[];
  spanning: readonly Fact[];
  /** Topics at least one non-graphic fact carries. */
  topicsPresent: ReadonlySet<Topic>;
}

const TOPIC_WEIGHT: Partial<Record<Topic, number>> = {
  attack: 0.6,
  casualties: 0.5,
  responsibility: 0.5,
  suspects: 0.4,
  investigation: 0.35,
  fire: 0.3,
  mourning: 0.25,
  reactions: 0.1,
  background: -0.3,
};

function mode(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN || (n === bestN && best !== undefined && v < best)) [best, bestN] = [v, n];
  return best;
}

/**
 * What the facts are about: the main event entity when the data has one (the Crocus City Hall attack), else
 * the most tagged place every fact is about (Crocus City Hall). Messages name them in each language.
 */
function eventEntities(core: FactCore, mainEventId: string | undefined, frame: ReadonlySet<string>, tagCount: ReadonlyMap<string, number>) {
  const event = core.entities.find((e) => e.id === mainEventId);
  const place = event
    ? undefined
    : core.entities.filter((e) => e.kind === 'place' && frame.has(e.id)).sort((a, b) => (tagCount.get(b.id) ?? 0) - (tagCount.get(a.id) ?? 0))[0];
  return { event, place };
}

/** The names of what the facts are about, in one language. */
function namesIn(lang: Lang, about: { event?: Entity; place?: Entity }, date: IsoDate): EventNames {
  return { event: about.event && entityName(about.event, lang), place: about.place && entityName(about.place, lang), date };
}

/**
 * The same context answering in another language: its message table, and the subject named in that language.
 * Everything built from the facts (index, priors, figures) is shared, so a view costs nothing to make.
 * @example const ru = inLanguage(ctx, 'ru'); ru.messages.suggest.toll === 'Сколько человек погибло?'
 */
export function inLanguage(ctx: EngineContext, lang: Lang): EngineContext {
  if (lang === ctx.lang) return ctx;
  const m = messages(lang);
  const names = namesIn(lang, ctx.about, ctx.anchor);
  return { ...ctx, lang, messages: m, names, subject: m.subject(names) };
}

/** Chronological order: date, then time (facts without a time come after the timed ones of their day), then id. */
export function byTime(a: Fact, b: Fact): number {
  return cmp(a.date.slice(0, 10), b.date.slice(0, 10)) || cmp(a.time ?? '99:99', b.time ?? '99:99') || cmp(a.id, b.id);
}

/** Builds the context; cost is linear in the number of facts. */
export function buildContext(core: FactCore, termsOf: Terms = memoTerms()): EngineContext {
  const index = buildFactIndex(core, termsOf);
  const resolver = createEntityResolver(core.entities, termsOf);
  const attackDates = core.facts.filter((f) => f.topics.includes('attack')).map((f) => f.date.slice(0, 10));
  const anchor = mode(attackDates) ?? mode(core.facts.map((f) => f.date.slice(0, 10))) ?? '2024-03-22';

  const tagCount = new Map<string, number>();
  for (const f of core.facts) for (const e of f.entities) tagCount.set(e, (tagCount.get(e) ?? 0) + 1);
  const events = core.entities.filter((e) => e.kind === 'event');
  // The event the core is about is tagged far more than background events; a rarely tagged one is not it.
  const topEvent = events.sort((a, b) => (tagCount.get(b.id) ?? 0) - (tagCount.get(a.id) ?? 0))[0];
  const mainEventId = topEvent && (tagCount.get(topEvent.id) ?? 0) >= core.facts.length * 0.1 ? topEvent.id : undefined;
  const frameEntityIds = new Set<string>();
  const nameTerms = new Set<string>();
  for (const e of core.entities) {
    if (e.id === mainEventId || termsOf(e.name).every(isNoise)) frameEntityIds.add(e.id);
    for (const n of [e.name, ...e.variants]) for (const t of termsOf(n)) nameTerms.add(t);
  }

  const priors = new Map<string, number>();
  const priorByPosition = new Float64Array(core.facts.length);
  const figures = new Map<FigureKind, Fact[]>();
  for (let i = 0; i < core.facts.length; i++) {
    const f = core.facts[i] as Fact;
    let p = 1 + 0.15 * Math.min(f.sources.length - 1, 3) + (f.time ? 0.3 : 0) + (f.figure ? 0.2 : 0);
    p += Math.max(...f.topics.map((t) => TOPIC_WEIGHT[t] ?? 0));
    priors.set(f.id, p);
    priorByPosition[i] = p;
    if (f.figure) {
      const list = figures.get(f.figure.kind) ?? [];
      list.push(f);
      figures.set(f.figure.kind, list);
    }
  }

  // Figures in the order headline figures are read: as-of date, then value, then id.
  for (const list of figures.values()) list.sort(byAsOfThenValue);
  const about = eventEntities(core, mainEventId, frameEntityIds, tagCount);
  const names = namesIn('en', about, anchor);
  const chronological = [...core.facts].sort(byTime);
  const topicsPresent = new Set(core.facts.filter((f) => !f.graphic).flatMap((f) => f.topics));
  return {
    core,
    lang: 'en',
    messages: messages('en'),
    about,
    names,
    subject: messages('en').subject(names),
    index,
    resolver,
    speller: createSpeller(),
    anchor,
    mainEventId,
    frameEntityIds,
    nameTerms,
    mentions: (id) => tagCount.get(id) ?? 0,
    prior: (id) => priors.get(id) ?? 1,
    priorAt: (i) => priorByPosition[i] ?? 1,
    figures,
    chronological,
    singleDay: chronological.filter((f) => !f.date.includes('/')),
    spanning: chronological.filter((f) => f.date.includes('/')),
    topicsPresent,
  };
}
