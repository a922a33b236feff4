import { readFileSync } from 'node:fs';
import { allowedEdits, editDistance } from './fuzzy.js';
import { DATA_DIR, singularOf } from './lemmas.js';
import { lemma, processTerm } from './normalize.js';

/**
 * English data precomputed by `npm run lexicon:build` (from WordNet, SUBTLEX-US and stopwords-iso) and read
 * once, lazily: nothing here parses a dictionary at start-up.
 */
const dataFile = (name: string) => `${DATA_DIR}${name}`;
export const WORDNET_FILE = dataFile('wordnet-synonyms.json');
export const FREQUENCY_FILE = dataFile('english-frequency.txt');
export const STOPWORD_FILE = dataFile('english-stopwords.txt');
export const NOUN_FILE = dataFile('english-nouns.txt');
export const ADJECTIVE_FILE = dataFile('english-adjectives.txt');
export const NAME_FILE = dataFile('english-names.txt');
export const RU_STOPWORD_FILE = dataFile('russian-stopwords.txt');
export const TYPE_FILE = dataFile('english-types.txt');
export const RU_TYPE_FILE = dataFile('russian-types.txt');

let synonyms: ReadonlyMap<string, readonly string[]> | undefined;
let ranks: ReadonlyMap<string, number> | undefined;
let stops: ReadonlySet<string> | undefined;
let nouns: ReadonlySet<string> | undefined;
let adjectives: ReadonlySet<string> | undefined;
let names: ReadonlySet<string> | undefined;
let ruStops: ReadonlySet<string> | undefined;
let types: ReadonlyMap<string, NameKind> | undefined;
let ruTypes: ReadonlyMap<string, NameKind> | undefined;

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

/**
 * Fact terms that WordNet gives as synonyms or derivations of a question word as typed, lower case ("kids" ->
 * "child"). Searched at a lower weight than the word itself.
 */
export function wordnetSynonymsOf(word: string): readonly string[] {
  synonyms ??= new Map(Object.entries(JSON.parse(readFileSync(WORDNET_FILE, 'utf8')) as Record<string, string[]>));
  const singular = singularOf(word);
  return synonyms.get(word) ?? synonyms.get(lemma(word)) ?? (singular ? synonyms.get(singular) : undefined) ?? [];
}

/** Rank of a word in spoken English (1 = most frequent), or undefined past the 40,000 most frequent. */
export function frequencyRank(word: string): number | undefined {
  const r = rankMap();
  return r.get(word) ?? r.get(lemma(word));
}

/** Word -> rank, read once for both the weights and the spelling corrector. */
function rankMap(): ReadonlyMap<string, number> {
  if (!ranks) {
    const m = new Map<string, number>();
    const text = readFileSync(FREQUENCY_FILE, 'utf8');
    // 40,000 lines, read at the first question: walked in place rather than split into an array first.
    for (let at = 0, rank = 1; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end > at) m.set(text.slice(at, end), rank++);
      at = end + 1;
    }
    ranks = m;
  }
  return ranks;
}

/** The kind of name a noun asks for: "official" a person, "band" a group, "country" a place. */
export type NameKind = 'person' | 'group' | 'place';

/**
 * The kind of name a noun stands for in its commonest WordNet sense ("deputy" -> person, "organization" ->
 * group, "city" -> place), or undefined ("weapon", "car"); a Russian noun from russian-types.txt ("страны" ->
 * place).
 */
export function nameKindOf(word: string): NameKind | undefined {
  // Russian by stem, so every case and number counts ("страны", "стране", "группировки").
  if (/\p{Script=Cyrillic}/u.test(word)) {
    ruTypes ??= new Map(lines(RU_TYPE_FILE).filter((l) => !l.startsWith('#')).map((l) => l.split(' ')).map(([w, k]) => [processTerm(w as string), k as NameKind]));
    return ruTypes.get(processTerm(word));
  }
  types ??= new Map(lines(TYPE_FILE).map((l) => l.split(' ') as [string, NameKind]));
  const singular = singularOf(word);
  return types.get(word) ?? (singular ? types.get(singular) : undefined);
}

/** Whether a word is a Russian stop word ("и", "что", "был"). */
export function isRussianStopword(word: string): boolean {
  ruStops ??= new Set(lines(RU_STOPWORD_FILE));
  return ruStops.has(word);
}

/** The Russian stop words ("который", "потому"), for the speller: "каторый" is "который". */
export function russianStopwords(): readonly string[] {
  ruStops ??= new Set(lines(RU_STOPWORD_FILE));
  return [...ruStops];
}

/** Whether a word is an English stop word ("basically", "anyway", "the"). */
export function isEnglishStopword(word: string): boolean {
  stops ??= new Set(lines(STOPWORD_FILE));
  return stops.has(word);
}

/** Whether a word is a noun in WordNet, or a plural of one ("pageant", "tickets"); "launched" is not. */
export function isNoun(word: string): boolean {
  nouns ??= new Set(lines(NOUN_FILE));
  if (nouns.has(word)) return true;
  const singular = singularOf(word);
  // "es" may be only "s" ("tickets" is not "ticket" + "es", "horses" is "horse" + "s").
  return singular !== undefined && (nouns.has(singular) || (word.endsWith('es') && nouns.has(word.slice(0, -1))));
}

/** Whether a word is an adjective in WordNet ("tall", "tallest", "wild"), by its most used part of speech. */
export function isAdjective(word: string): boolean {
  adjectives ??= new Set(lines(ADJECTIVE_FILE));
  return adjectives.has(word) || adjectives.has(lemma(word)) || adjectives.has(word.replace(/(?:est|er)$/, '')) || adjectives.has(word.replace(/(?:iest|ier)$/, 'y'));
}

/** Words by first letter, each with its frequency rank: a misspelling keeps its first letter. */
let byInitial: Map<string, [string, number][]> | undefined;

/**
 * The English word a misspelling most likely is ("meny" -> "many", "grup" -> "group", "agensy" -> "agency"): the
 * most frequent word within the edits the word's length allows (one from 4 letters, two from 8), keeping its
 * first letter. With `prefer` ("is a word of the facts"), a word it accepts wins over others as near ("bilt" is
 * "built", not "belt"). Undefined for a word that is English already (a noun, a name), or too far from any.
 */
export function correctEnglish(word: string, prefer?: (w: string) => boolean): string | undefined {
  // Searching 40,000 words within two edits costs about a millisecond; people repeat their misspellings.
  let found = corrections.get(word);
  if (!found) {
    found = findCorrection(word);
    if (corrections.size >= 50_000) corrections.clear();
    corrections.set(word, found);
  }
  const nearest = found[0]?.[1];
  return (prefer ? found.find(([w, d]) => d === nearest && prefer(w)) : undefined)?.[0] ?? found[0]?.[0];
}

/** Candidate corrections of a word, best first, each with its edit distance. */
const corrections = new Map<string, [string, number][]>();

function findCorrection(word: string): [string, number][] {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || frequencyRank(word) !== undefined || isNoun(word)) return [];
  names ??= new Set(lines(NAME_FILE));
  if (names.has(word)) return [];
  if (!byInitial) {
    const m = new Map<string, [string, number][]>();
    for (const [w, rank] of rankMap()) {
      if (w.length < 3) continue;
      const list = m.get(w[0] as string) ?? [];
      list.push([w, rank]);
      m.set(w[0] as string, list);
    }
    byInitial = m;
  }
  const edits = Math.max(1, allowedEdits(word.length));
  // Fewest edits first; then a letter changed over one added or dropped ("meny" is "many", not "men"); then the
  // more frequent word. Two letters swapped ("cauhgt") are one edit. A plain list per first letter costs far
  // less memory than a radix tree of 40,000 words.
  const key = (w: string, rank: number, distance: number) => distance * 1e7 + (w.length === word.length ? 0 : 1e6) + rank;
  const found: [string, number, number][] = [];
  for (const [w, rank] of byInitial.get(word[0] as string) ?? []) {
    if (Math.abs(w.length - word.length) > edits) continue;
    const distance = editDistance(word, w, edits);
    if (distance <= edits) found.push([w, distance, key(w, rank, distance)]);
  }
  return found
    .sort((a, b) => a[2] - b[2])
    .slice(0, 8)
    .map(([w, d]) => [w, d]);
}
