import type { EntityMatch, QueryToken } from '../search/entities.js';
import { editDistance, isNameTypo, swaps } from '../search/fuzzy.js';
import { termsOf } from '../search/fact-terms.js';
import { processTerm } from '../search/normalize.js';
import { rewritePhrases } from '../search/phrases.js';
import { fromTranslit } from '../search/translit.js';
import { FRAME, isNoise, STOPWORDS } from '../search/stopwords.js';
import { tokenizeDetailed } from '../search/tokenize.js';
import type { FigureKind, Topic } from '../types.js';
import type { EngineContext } from './context.js';
import { findCues, isCueWord, synonymsOf } from './cues.js';
import { findDates, type DateRange } from './date-query.js';
import { namedDay } from './named-days.js';
import { weighWord } from './word-weight.js';
import { correctEnglish, isEnglishStopword, isNoun, nameKindOf, wordnetSynonymsOf, type NameKind } from '../search/english-data.js';
import { asksFor, factWordRank, isEnglishWord, misplacedEvent, namesEvent, PRESUMES, titlesBefore, type Token } from './question-words.js';

/** A word of the question that the answer must cover. */
export interface ContentTerm {
  term: string;
  /** As typed, lower case. */
  raw: string;
  /** Whether the term occurs anywhere in the facts; unknown words may be typos. */
  known: boolean;
  /** For an unknown word: the known terms it may be a typo or a beginning of. */
  near: string[];
  /** Written with a capital inside the question: probably a name, never to be dropped. */
  capitalised: boolean;
  /** How much the word says about what is asked, 0..1 (see `weighWord`). */
  weight: number;
  /** A name, a number or a rare word: an answer must cover it. */
  must: boolean;
  /** Fact terms WordNet gives for the word: they cover it at half its weight. */
  wordnet: readonly string[];
  /** "Which official", "what band": the word names the kind of answer, so a fact naming one covers it. */
  asksName?: NameKind;
  /** "FSB chief Bortnikov": the word is the title of the person with these ids; a fact naming them covers it. */
  titleOf?: readonly string[];
}

/**
 * What a question asks, read from its words. No decision here depends on a literal question.
 * @example understand('How many people died on 23 March?', ctx) // { quantity: true, figureKinds: ['deaths'], range: { from: '2024-03-23', to: '2024-03-23' }, content: [], ... }
 */
export interface Understanding {
  range?: DateRange;
  /** Entities named in the question that narrow the answer. */
  entities: EntityMatch[];
  /** Named entities the whole fact core is about (the venue, the event): they narrow nothing. */
  frameEntities: string[];
  /** Words the answer must cover. */
  content: ContentTerm[];
  /** Words that were read as cues; searched, but not required. */
  cueTerms: string[];
  topics: Set<Topic>;
  figureKinds: FigureKind[];
  quantity: boolean;
  evolution: boolean;
  time: boolean;
  latest: boolean;
  /** "The first reported toll": the earliest figure. */
  earliest?: boolean;
  graphic: boolean;
  /** Graphic detail asked for in so many words. */
  explicit: boolean;
  overview: boolean;
  /** "who is X": facts about X itself come first. */
  definition: boolean;
  /** "what did X say": statements come first. */
  speech: boolean;
  /** "where": facts naming a place come first. */
  place: boolean;
  /** "Where ...?" opens the question: facts naming a place answer, when any qualify. */
  asksWhere?: boolean;
  /** "how far": facts stating a distance answer first. */
  distance?: boolean;
  /** "how much did it cost": only facts stating an amount of money answer. */
  price?: boolean;
  /** "will there be": a question about the future. */
  future: boolean;
  /** "do you think": a question asking for an opinion. */
  opinion?: boolean;
  /** "what was the name of": the answer must name someone the question does not. */
  name?: boolean;
  /** "who": the answer is a person. */
  person: boolean;
  /** "how": the answer is a manner or an account, not a bare figure ("how were the wounded treated"). */
  how?: boolean;
  /** "when": the answer is a moment. */
  when: boolean;
  /** Index terms to search with, and their weights. */
  search: Map<string, number>;
  /** Asked in Russian (any Cyrillic word): the Russian text of the facts is searched, not the English. */
  russian?: boolean;
  /** "Is it true that...": a rumour to check, where a loosely matching fact would mislead most. */
  rumour?: boolean;
  /**
   * The question takes its claim as given ("why did Belarus arrest them?", "since IS denied it, who did it?",
   * "it was in 2023, right?"): when no fact supports the claim, what the facts do say corrects it.
   */
  presumes?: boolean;
  /** A place the question puts the event itself in, which is not where it happened ("the attack in Belarus"). */
  misplaced?: EntityMatch;
  /** People who share a surname named alone with a far better-known person: facts about them come last. */
  namesakes?: string[];
  /** Words quoted in the question (who said "death for death"), lower case: a fact with them verbatim answers best. */
  phrases?: string[];
}

/** A relative word opening a clause that describes the noun before it: "which", «который» in any case, «где». */
const RELATIVE = /^(?:which|who|whom|whose|where|котор\p{L}*|где|куда|откуда|чей|чья|чьё|чьи)$/u;

/**
 * Token positions of clauses set off by a comma that describe the word before the comma ("the Crocus City complex,
 * which includes the concert hall", «комплекс Crocus City, в который входит концертный зал»): up to the next
 * comma or the end. Not after chat ("ok so, who did it"): the word before the comma must say something.
 */
function describingClause(text: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  // Not the comma of a number ("1,000"), which the tokenizer drops.
  const pieces = text.split(/[,;](?!\d{3}\b)/);
  // "Before the attack, which attack was the deadliest": with no question word before the comma, the clause is the question.
  if (pieces.length < 2 || !QUESTION_WORD.test(pieces[0] ?? '')) return out;
  let at = 0;
  for (let p = 0; p < pieces.length; p++) {
    const words = tokenizeDetailed(pieces[p] as string).map((w) => w.text);
    const start = at;
    at += words.length;
    if (p === 0 || words.length === 0) continue;
    const lead = words.findIndex((w) => RELATIVE.test(w));
    // The relative word opens the clause, after a preposition at most ("в который", "of which").
    if (lead < 0 || lead > 1 || (lead === 1 && !isNoise(processTerm(words[0] as string)))) continue;
    const before = tokens[start - 1];
    if (before === undefined || STOPWORDS.has(before.term) || ASKER.test(before.raw)) continue;
    for (let k = start + lead + 1; k < at && k < tokens.length; k++) out.add(k);
  }
  // A question that is all clause asks about the clause.
  return out.size >= tokens.length - 1 ? new Set() : out;
}

/** Words that make a question of the words around them. */
const QUESTION_WORD = /(?:^|[^\p{L}])(?:who|whom|what|which|where|when|why|how|is|are|was|were|did|does|do|can|could|has|have|had|кто|кого|кому|что|чем|чего|как\p{L}*|где|куда|откуда|когда|почему|зачем|сколько|чей|чья|ли)(?![\p{L}])/iu;

/** "When was", "in what year were", "where was": a question in the passive, whose participle comes last. */
const PASSIVE_QUESTION = /^\s*(?:in |on |at |by |since )?(?:when|where|what year|which year)\b[^?]*?\b(?:was|were|is|are|has been|have been|had been)\b/i;

/** A past participle: regular, or one of the common irregular ones. */
const PARTICIPLE = /^(?:[a-z]+(?:ed|en|wn)|built|brought|caught|bought|sold|held|kept|left|found|made|paid|sent|shot|hurt|told|fought|lost|won|hit|set|put)$/;

/** The asker and the bot, as subjects of a verb. */
const ASKER = /^(?:i|we|im|ive|id|you|u|ya|я|мы|ты|вы)$/u;

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** What "where is it" searches for (the lexicon's cue for it says the same). */
const VENUE_SEARCH = termsOf('located location');

/** Hyphenated words whose parts say more than the joined form ("pre-trial", "re-elected"): read as their parts. */
const COMPOUND_PREFIX = /^(?:pre|post|re|non|anti|co|ex|self|semi|multi|sub|inter)$/;

/** Text between double quotes or guillemets: words someone said, to be found as written. */
const QUOTED = /["“”«»„]([^"“”«»„]{3,}?)["“”«»„]/gu;

/** The quoted passages of a question, lower case, and the index terms of their words. */
function quotedIn(question: string): { phrases: string[]; terms: Set<string> } {
  const phrases = [...question.normalize('NFKC').matchAll(QUOTED)].map((m) => (m[1] as string).trim().toLowerCase()).filter((p) => p.length > 0);
  return { phrases, terms: new Set(phrases.flatMap((p) => tokenizeDetailed(p).map((t) => processTerm(t.text)))) };
}

/** The most specific kind a question names comes first: "how many bodies were identified" is about identification. */
const KIND_ORDER: FigureKind[] = ['children-killed', 'children-injured', 'identified', 'missing', 'evacuated', 'rescued', 'charged', 'detained', 'deaths', 'injured', 'other'];

const CHILD_KIND: Partial<Record<FigureKind, FigureKind>> = { deaths: 'children-killed', injured: 'children-injured' };

function isNumber(term: string): boolean {
  return /^\d+$/.test(term);
}

/** Reads a question against the fact core's vocabulary, entities and the attack day. */
export function understand(asked: string, ctx: EngineContext): Understanding {
  // Russian typed in Latin letters is read as the Russian it spells.
  const question = fromTranslit(asked, isEnglishWord) ?? asked;
  const isKnown = (t: string) => ctx.index.df(t) > 0;
  const text = rewritePhrases(question.normalize('NFKC').toLowerCase());
  // A day named for what happened on it ("on the day of mourning") stands for the date the facts give it.
  const { range, rest } = namedDay(text, ctx.core.facts) ?? findDates(text, ctx.anchor);
  const tokens: Token[] = tokenizeDetailed(rest).map((t) => ({
    raw: t.text,
    term: processTerm(t.text),
    joined: t.joined,
  }));

  // A lower-case common word ("memorials") is that word, not a name that happens to share it ("Memorial").
  const matches = ctx.resolver
    .match(tokens, question, isKnown)
    .filter((m) => !(m.end - m.start === 1 && isCueWord((tokens[m.start] as QueryToken).term) && !capitalisedIn(question, (tokens[m.start] as QueryToken).raw)));
  const taken = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) taken.add(i);
  // A token read as another word: the word as typed and its index term both change.
  const readAs = (t: Token, word: string) => Object.assign(t, { typed: t.raw, raw: word, term: processTerm(word) });
  tokens.forEach((t, i) => {
    if (taken.has(i) || isNoise(t.term)) return;
    // A misspelling that folds onto a word of the facts ("meny" onto "men") is still a misspelling: a word that
    // is in no dictionary, names no one and is near an English word is read as that word.
    // A word of the facts is the likelier reading of a misspelling ("bilt" is "built", not "belt").
    const inFacts = (w: string) => isKnown(processTerm(w));
    if (isKnown(t.term)) {
      const english = ctx.nameTerms.has(t.term) || capitalisedIn(question, t.raw) ? undefined : correctEnglish(t.raw, inFacts);
      // ...but a fold onto a word of the facts ("blud" onto "blood") stands against a correction the facts lack ("blue").
      if (english && processTerm(english) !== t.term && (inFacts(english) || isNoise(processTerm(english)))) readAs(t, english);
      return;
    }
    const fixed = ctx.speller.correct(t.raw);
    if (fixed) return void readAs(t, fixed);
    // Swapped neighbours ("macorn") are one typo; fuzzy search counts them as two edits.
    const swapped = t.term.length >= 4 ? swaps(t.term).find(isKnown) : undefined;
    if (swapped) return void (t.term = swapped);
    // A misspelt English word that is near no word of the facts: read as the English word it most likely is.
    if (nearTerms(t.term, ctx, false).length > 0 || capitalisedIn(question, t.raw)) return;
    const english = correctEnglish(t.raw, inFacts);
    if (english) readAs(t, english);
  });
  // Quoted words are what someone said, not cues: in who said "death for death", "death" asks for no toll.
  const quoted = quotedIn(question);
  const cues = findCues(tokens, taken).filter((c) => !tokens.slice(c.start, c.end).every((t) => quoted.terms.has(t.term)));
  // Specific cue words ("roof", "owner") only hint at a topic: they stay words the answer must cover.
  const cueAt = new Set<number>();
  for (const c of cues) if (!c.effect.required) for (let i = c.start; i < c.end; i++) cueAt.add(i);

  const u: Understanding = {
    range,
    entities: [],
    frameEntities: [],
    content: [],
    cueTerms: [],
    topics: new Set(),
    figureKinds: [],
    quantity: false,
    evolution: false,
    time: false,
    latest: false,
    graphic: false,
    explicit: false,
    overview: false,
    definition: false,
    speech: false,
    place: false,
    future: false,
    person: false,
    when: false,
    search: new Map(),
  };
  if (quoted.phrases.length > 0) u.phrases = quoted.phrases;
  if (CYRILLIC.test(question)) u.russian = true;
  if (/\bhow\b/i.test(question)) u.how = true;
  if (/\b(?:is it true|true that|is that true|rumou?rs?|fact ?check|is it real|hoax)\b|\bor (?:was|is) (?:that|it|this) (?:just )?(?:fake|made up|real|true|a myth|fake news|internet stuff)\b/.test(text)) u.rumour = true;
  if (u.rumour || PRESUMES.some((re) => re.test(text))) u.presumes = true;
  const addSearch = (t: string, w: number) => {
    if (t.length > 1 || isNumber(t)) u.search.set(t, Math.max(u.search.get(t) ?? 0, w));
  };

  const misplaced = misplacedEvent(tokens, matches, ctx);
  if (misplaced) u.misplaced = misplaced;
  for (const match of matches) {
    if (match === misplaced) continue;
    const m = meantPerson(match, ctx, u);
    if (m.ids.every((id) => ctx.frameEntityIds.has(id))) u.frameEntities.push(...m.ids);
    else u.entities.push(m);
    // Search the name as the data spells it, so a typo ("Macorn") still finds "Macron".
    for (const t of m.terms) if (!isNoise(t)) addSearch(t, 1);
  }

  let children = false;
  const kinds = new Set<FigureKind>();
  for (const c of cues) {
    const e = c.effect;
    if (e.quantity) u.quantity = true;
    if (e.children) children = true;
    if (e.evolution) u.evolution = true;
    if (e.time) u.time = true;
    if (e.latest) u.latest = true;
    if (e.earliest) u.earliest = true;
    if (e.graphic) u.graphic = true;
    if (e.explicit) u.explicit = true;
    if (e.overview) u.overview = true;
    if (e.definition) u.definition = true;
    if (e.speech) u.speech = true;
    if (e.place) u.place = true;
    // "Where were they caught?", «а где их задержали»: the question itself asks where, not a clause in it
    // ("the complex where the hall is"); its first words, chat aside.
    if (e.place && tokens.slice(0, c.start).every((t) => isNoise(t.term))) u.asksWhere = true;
    if (e.distance) u.distance = true;
    if (e.price) u.price = true;
    if (e.future) u.future = true;
    if (e.opinion) u.opinion = true;
    if (e.name) u.name = true;
    if (e.person) u.person = true;
    if (e.when) u.when = true;
    for (const k of e.figure ?? []) kinds.add(k);
    for (const t of e.topics ?? []) u.topics.add(t);
    for (const t of (e.search ?? []).flatMap(termsOf)) {
      u.cueTerms.push(t);
      addSearch(t, 0.7);
    }
    // Words of structural cues ("tell me about", "when") say how to answer, not what about.
    const subjectCue = e.topics !== undefined || e.figure !== undefined;
    for (let i = c.start; i < c.end; i++) {
      const term = (tokens[i] as QueryToken).term;
      if (isNoise(term) || e.required || !subjectCue) continue;
      u.cueTerms.push(term);
      addSearch(term, 0.7);
      for (const syn of synonymsOf(term)) addSearch(syn, 0.35);
    }
  }
  // "Fariduni background": a person's background is his own story, not the background of the event.
  const person = u.entities.some((m) => m.ids.some((id) => ctx.resolver.get(id)?.kind === 'person'));
  if (person && /\b(?:background|biography|bio|profile)\b/.test(text) && u.content.length === 0 && cues.every((c) => c.effect.topics?.includes('background') || c.effect.definition)) {
    u.topics.clear();
    u.cueTerms = [];
    u.search = new Map([...u.search].filter(([t]) => u.entities.some((m) => m.terms.includes(t))));
    u.definition = true;
  }
  u.figureKinds = [...kinds].map((k) => (children ? (CHILD_KIND[k] ?? k) : k)).sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));

  const seen = new Set<string>();
  const talk: ContentTerm[] = [];
  const titles = titlesBefore(tokens, matches, taken, ctx, question);
  // Hyphenated words the facts write as one ("concert-goers": "concertgoers"): the joined form is the word.
  const partOfKnown = new Set<number>();
  const described = describingClause(rest, tokens);
  // The last word of the question that is not chat or a name.
  const lastWord = tokens.findLastIndex((t, i) => !taken.has(i) && !isNoise(t.term));
  const oneWord = new Set<number>();
  tokens.forEach((t, j) => {
    if (!t.joined || !isKnown(t.term) || !/^[a-z]+$/.test(t.raw)) return;
    const parts: number[] = [];
    let text = '';
    for (let k = j - 1; k >= 0 && text.length < t.raw.length; k--) {
      text = (tokens[k] as Token).raw + text;
      parts.push(k);
    }
    if (COMPOUND_PREFIX.test((tokens[parts.at(-1) ?? j] as Token).raw)) return;
    for (const k of parts) partOfKnown.add(k);
    oneWord.add(j);
  });
  tokens.forEach((t, i) => {
    // Framing words ("Russia", "shooting") narrow nothing, but still help rank facts that use them.
    if (!taken.has(i) && !cueAt.has(i) && FRAME.has(t.term)) addSearch(t.term, 0.3);
    if (taken.has(i) || cueAt.has(i) || isNoise(t.term) || seen.has(t.term)) return;
    seen.add(t.term);
    // A hyphenated word the facts write as one is that one word; otherwise its parts are the words, and the
    // joined form is only searched.
    if (t.joined && !oneWord.has(i)) return addSearch(t.term, 0.5);
    if (partOfKnown.has(i)) return addSearch(t.term, 0.5);
    if (t.term.length < 2 && !isNumber(t.term)) return;
    // Typos keep their first letter; a near name must pass the stricter name test (Israel is not Isroil).
    const near = nearTerms(t.term, ctx, CYRILLIC.test(t.raw));
    const known = isKnown(t.term);
    const capitalised = capitalisedIn(question, t.raw);
    const wordnet = wordnetSynonymsOf(t.raw).filter((s) => !isNoise(s));
    addSearch(t.term, 1);
    for (const n of near) addSearch(n, 0.45);
    for (const s of synonymsOf(t.term)) addSearch(s, 0.5);
    for (const s of wordnet) addSearch(s, 0.3);
    const inFacts = known || near.length > 0 || wordnet.length > 0 || synonymsOf(t.term).some(isKnown);
    const next = tokens[i + 1];
    const attributive = next !== undefined && isNoun(next.raw) && !isEnglishStopword(next.raw);
    const { weight, must, drop } = weighWord(t.raw, { inFacts, capitalised, number: isNumber(t.term), factRank: known ? factWordRank(t.term, ctx) : undefined, attributive });
    const word: ContentTerm = { term: t.term, raw: t.raw, known, near, capitalised, weight, must, wordnet };
    // "The population of Tajikistan" asks for an amount, not a name: a kind noun followed by "of" asks for none.
    const asked = asksFor(tokens, i, taken) && tokens[i + 1]?.raw !== 'of';
    const kind = asked ? nameKindOf(t.raw) : undefined;
    if (kind) Object.assign(word, { asksName: kind, must: false });
    // "What message", "which device": the kind of thing asked for, which the answer may state without the word.
    else if (asked && isNoun(t.raw) && !word.must) word.weight /= 2;
    // "FSB chief Alexander Bortnikov", "Health Minister Murashko": a title says who the named person is, and a
    // fact that names him need not repeat it.
    const titleOf = titles.get(i);
    if (titleOf) Object.assign(word, { titleOf, must: false });
    // "Crocus City, which includes the concert hall": a clause set off by a comma describes the thing before it;
    // its words help find the answer but weigh half.
    if (described.has(i) && !isNumber(t.term)) Object.assign(word, { weight: word.weight / 2, must: false });
    // The verb right after "who" or "what" is what is asked ("who won", "what caused"): never talk around it.
    // After "what", a noun is the kind of thing asked for ("what year", "what device"), not a verb.
    const before = i > 0 ? (tokens[i - 1] as QueryToken).raw : '';
    // A "who" right after a noun opens a clause about it ("the president who talked to Putin"): no predicate asked.
    const relative = i >= 2 && !isNoise((tokens[i - 2] as QueryToken).term);
    // "In what year was the band Picnic founded?": the participle ending a passive question is what is asked.
    const passiveEnd = i === lastWord && PASSIVE_QUESTION.test(question) && PARTICIPLE.test(t.raw) && !isNoun(t.raw);
    const predicate = passiveEnd || (!relative && (before === 'who' || (before === 'what' && !isNoun(t.raw))));
    // "my cousin says", "our teacher mentioned": the asker's own people and things are context, not subject.
    if (i > 0 && /^(?:my|our)$/.test((tokens[i - 1] as QueryToken).raw) && !capitalised && !isNumber(t.term)) return;
    // "I forgot", "we heard", "do u know", «я слышал»: what the asker or the bot does is talk around the question.
    if (i > 0 && ASKER.test((tokens[i - 1] as QueryToken).raw) && !capitalised && !isNumber(t.term) && !predicate) return;
    if (predicate && (weight > 0 || !drop)) u.content.push({ ...word, weight: 1, must: true });
    else if (!drop) u.content.push(word);
    else if (weight > 0) talk.push({ ...word, weight: 1, must: true });
  });
  // "Beauty pageant", "home address": a noun no fact has before one that facts do have only qualifies it.
  for (const c of u.content) {
    const at = tokens.findIndex((t) => t.term === c.term);
    const next = tokens[at + 1];
    if (c.must && !c.known && !c.capitalised && !isNumber(c.term) && next && !taken.has(at + 1) && isKnown(next.term) && isNoun(next.raw) && !isNoise(next.term)) c.must = false;
  }
  // "In which city did the attack happen?", "which town is Crocus City Hall in": a place asked for with no subject
  // but the event itself asks where the event was, as "where did it happen" does.
  const placeKind = (c: ContentTerm) => c.asksName === 'place';
  if (u.entities.length === 0 && u.topics.size === 0 && u.cueTerms.length === 0 && u.content.every(placeKind) && (u.place || u.content.length > 0) && namesEvent(tokens, u.frameEntities)) {
    u.content = [];
    u.place = true;
    u.topics.add('venue');
    for (const t of VENUE_SEARCH) addSearch(t, 0.7);
  }
  // Talk around a question needs a question: when nothing else is asked ("has it reopened?"), the words no fact
  // has are the subject, and must be covered.
  if (u.content.length === 0 && u.entities.length === 0 && u.topics.size === 0) u.content.push(...talk);
  // "What did the US say": a short form made of function words leaves nothing to search; its full name is.
  if (u.search.size === 0) {
    for (const m of u.entities) for (const id of m.ids) for (const t of termsOf(ctx.resolver.get(id)?.name ?? '')) if (!isNoise(t)) addSearch(t, 1);
  }
  return u;
}

/**
 * A surname alone that two people share ("Мирзоев": the accused and his brother) means the one far more facts
 * are about; the other is kept aside as a namesake. People named about as often (three Islomovs) all stay.
 */
function meantPerson(m: EntityMatch, ctx: EngineContext, u: Understanding): EntityMatch {
  if (m.ids.length < 2 || m.end - m.start !== 1 || !m.ids.every((id) => ctx.resolver.get(id)?.kind === 'person')) return m;
  const [top, ...rest] = [...m.ids].sort((a, b) => ctx.mentions(b) - ctx.mentions(a)) as [string, ...string[]];
  if (ctx.mentions(top) < 2 * Math.max(...rest.map((id) => ctx.mentions(id)))) return m;
  u.namesakes = [...(u.namesakes ?? []), ...rest];
  // Search the name as the data spells it for the person meant ("Mirzoyev"), not only as typed ("Mirzoev").
  const terms = [...new Set([...m.terms, ...termsOf(ctx.resolver.get(top)?.name ?? '').filter((t) => !isNoise(t))])];
  return { ...m, ids: [top], terms };
}

/** Known terms an unknown one may be a typo of: they keep its first letter, and a name must pass the stricter name test (Israel is not Isroil). */
function nearTerms(term: string, ctx: EngineContext, russian: boolean): string[] {
  // A Russian word of five letters or more one letter off ("тиракт") is that word, even one that also names an event.
  const slip = (n: string) => russian && term.length >= 5 && editDistance(term, n, 1) <= 1;
  return ctx.index.near(term, russian).filter((n) => n[0] === term[0] && (n.startsWith(term) || !ctx.nameTerms.has(n) || isNameTypo(term, n) || slip(n)));
}

/** Whether the word appears with a capital letter somewhere other than the start of the question. */
function capitalisedIn(question: string, word: string): boolean {
  if (!/^\p{L}/u.test(word)) return false;
  const at = question.toLowerCase().indexOf(word);
  if (at <= 0) return false;
  const first = question.charAt(at);
  return first !== first.toLowerCase();
}
