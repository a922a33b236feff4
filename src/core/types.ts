import type { Lang } from './lang.js';

/**
 * The value types every part of the bot speaks. The core produces them; commands pass them on;
 * adapters render them. Nothing here knows about Slack, Discord or a database.
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Closed list of topics a fact can carry; the index and the intents rely on it. */
export const TOPICS = [
  'background', // earlier attacks, IS-KP, context
  'warnings', // prior warnings by the US and others
  'venue', // the building, its owner, its history
  'attack', // what happened, minute by minute
  'fire', // the fire and the roof collapse
  'evacuation', // rescue, escape, emergency response
  'casualties', // tolls, injured, missing, identification
  'victims', // who the victims were, survivors, rescuers
  'suspects', // the four gunmen and their helpers
  'investigation', // arrests, charges, court hearings, probe
  'torture', // treatment of suspects in custody
  'responsibility', // IS / IS-KP claim, the video, intelligence assessments
  'ukraine-allegations', // Russian officials' claims about Ukraine and the West
  'denials', // denials and counter-statements
  'reactions', // statements of officials, countries and organisations
  'criticism', // criticism of the Russian authorities
  'mourning', // day of mourning, memorials, tributes
  'security', // security measures, cancellations, alerts
  'migrants', // backlash against Central Asian migrants
  'death-penalty', // calls to restore the death penalty
  'aftermath', // what followed in general
  'disinformation', // deepfakes, instructed coverage, fakes
] as const;
export type Topic = (typeof TOPICS)[number];

/** Kinds of number a fact can state; used to answer "how many" questions with the latest value. */
export const FIGURE_KINDS = [
  'deaths',
  'injured',
  'missing',
  'detained',
  'charged',
  'identified',
  'children-killed',
  'children-injured',
  'evacuated',
  'rescued',
  'other',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A number stated by a fact, with the date it was true on. */
export interface Figure {
  kind: FigureKind;
  value: number;
  /** The date the figure was reported as current. */
  asOf: IsoDate;
  /** How the source qualified it. */
  qualifier?: 'at least' | 'about' | 'more than' | 'exactly';
}

/**
 * One citation from the seed article, parsed into a record.
 * @example { id: 'bbc-news-2024-03-23-gunmen-kill-133', outlet: 'BBC News', title: 'Gunmen kill 133 ...', date: '2024-03-23', dateBasis: 'published' }
 */
export interface Source {
  id: string;
  outlet: string;
  title: string;
  /** Publication date; when the citation has none, the earliest archive/retrieval date (see dateBasis). */
  date: IsoDate;
  dateBasis: 'published' | 'archived' | 'retrieved';
  authors?: string[];
  /** ISO 639-1 code when the citation names a language other than English. */
  language?: string;
  /** English translation of a non-English title, when the citation gives one. */
  titleTranslated?: string;
  via?: string;
}

/** A person, group, place or organisation, with every name people might type. */
export interface Entity {
  id: string;
  name: string;
  kind: 'person' | 'group' | 'place' | 'organisation' | 'event' | 'outlet' | 'country';
  /** Spellings, transliterations (Latin and Cyrillic), abbreviations, surnames. */
  variants: string[];
  /** The name Russian answers show, when the first Cyrillic variant is not it (a surname, a Ukrainian spelling). */
  ru?: string;
  /** One short neutral line: who or what this is. */
  description?: string;
}

/**
 * One claim, in our own words, with its sources.
 * @example { id: 'toll-144', text: 'Investigators put the death toll at 144.', date: '2024-03-22', topics: ['casualties'], ... }
 */
export interface Fact {
  id: string;
  text: string;
  /** The same claim in Russian: a faithful translation with the same numbers and dates. */
  ru: string;
  /** Event date (`YYYY-MM-DD`) or range (`YYYY-MM-DD/YYYY-MM-DD`). */
  date: string;
  /** Local time (Moscow) when the article gives one, `HH:MM`. */
  time?: string;
  topics: Topic[];
  entities: string[];
  sources: string[];
  contested: boolean;
  /** Ids of facts that dispute or answer this one; links must resolve both ways. */
  counterClaims: string[];
  graphic: boolean;
  /** Editorial choice: the fact a newsroom would put in its "key facts" box for its topic. Overviews start from these. */
  key?: boolean;
  figure?: Figure;
  /** Short verbatim passages of the seed article that together support the fact: its numbers and dates among them. */
  evidence?: string[];
  /** A figure the article gives only in parts: the parts, which the check adds up. */
  derived?: { sum: number[] };
  /** The file the fact was loaded from, set by the loader (for error messages). */
  file?: string;
}

/** The loaded, validated fact core. Built once at start-up, read-only after. */
export interface FactCore {
  facts: readonly Fact[];
  sources: ReadonlyMap<string, Source>;
  entities: readonly Entity[];
  factsById: ReadonlyMap<string, Fact>;
}

/** A source as shown next to an item: enough to name it (outlet, date). */
export interface SourceRef {
  id: string;
  outlet: string;
  title: string;
  date: IsoDate;
}

/** One line of a briefing: a fact and its sources. */
export interface BriefingItem {
  id: string;
  text: string;
  date: string;
  sources: SourceRef[];
  contested?: boolean;
  graphic?: boolean;
}

/**
 * The answer to one question. `answered: false` is an abstention: `text` says so and `suggestions`
 * offers questions the bot can answer.
 * @example { query: 'death toll', answered: true, text: '144 people were killed (as of 29 Mar 2024, AA).', items: [...] }
 */
export interface Briefing {
  query: string;
  answered: boolean;
  /** Plain text of at most 1,800 characters that reads well on its own. */
  text: string;
  /** At most 5 items. */
  items: BriefingItem[];
  /** A short heading for rich renderings ("Death toll", "Timeline: 23 March 2024"). */
  title?: string;
  /** Example questions, on abstention. */
  suggestions?: string[];
  /** E.g. that graphic facts were left out. */
  notes?: string[];
  /** The language of every string above; absent for English. Adapters label the briefing in the same language. */
  lang?: Lang;
}

/** A section of a digest ("New", "Revised", "On this day", "Key figures"). */
export interface DigestSection {
  heading: string;
  items: BriefingItem[];
}

/** What a scheduled digest says. Empty `sections` with `unchanged: true` means nothing is new. */
export interface Digest {
  title: string;
  text: string;
  sections: DigestSection[];
  unchanged: boolean;
  /** Content hashes by fact id, to record as delivered. */
  hashes: Record<string, string>;
  /** The language of the digest's text; absent for English. */
  lang?: Lang;
}
