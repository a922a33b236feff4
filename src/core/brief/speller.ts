import SearchableMap from 'minisearch/SearchableMap';
import { allowedEdits, swaps } from '../search/fuzzy.js';
import { russianStopwords } from '../search/english-data.js';
import { FRAME_WORD_LIST } from '../search/stopwords.js';
import { CUES, SYNONYMS } from './lexicon.js';

/**
 * Corrects typos of the words questions are made of ("peple", "casualites", "responsibilty") against the
 * lexicon and the common words, so cues still fire. Names are left to fuzzy search over the facts.
 */
export interface Speller {
  /** The corrected word, or undefined when the word is not a near miss of a known question word. */
  correct(word: string): string | undefined;
}

const VOWEL = /[aeiouy]/;

/** A four-letter word one vowel away from a question word ("meny" for "many", "dyed" for "died"). */
function vowelSlip(word: string, words: SearchableMap<true>): string | undefined {
  for (const [w, [, d]] of words.fuzzyGet(word, 1)) {
    if (d !== 1 || w.length !== 4 || w[0] !== word[0]) continue;
    const i = [...w].findIndex((c, k) => c !== word[k]);
    if (VOWEL.test(w[i] as string) && VOWEL.test(word[i] as string)) return w;
  }
  return undefined;
}

/**
 * How a Russian word sounds, as people misspell it: unstressed vowels merged (о/а, е/и/э/ы, я/а, ю/у, ё/е), soft and
 * hard signs dropped, doubled letters single. "кагда" and "когда", "тиракт" and "теракт", "ранинных" and "раненых",
 * "атветственость" and "ответственность" sound alike.
 */
export function russianSound(word: string): string {
  return word
    .replace(/ё/g, 'е')
    .replace(/[ьъ]/g, '')
    .replace(/о/g, 'а')
    .replace(/[еэы]/g, 'и')
    .replace(/я/g, 'а')
    .replace(/ю/g, 'у')
    .replace(/(.)\1+/g, '$1');
}

/** Russian question words by how they sound (see `russianSound`), and those sounds for one-edit look-ups. */
function russianWords(list: Iterable<string>): { bySound: Map<string, string>; sounds: SearchableMap<true> } {
  const bySound = new Map<string, string>();
  const sounds = new SearchableMap<true>();
  for (const w of list) {
    const sound = russianSound(w);
    if (!bySound.has(sound)) bySound.set(sound, w);
    sounds.set(sound, true);
  }
  return { bySound, sounds };
}

/** Builds the speller once; words of 4 letters or fewer are never corrected. */
export function createSpeller(extraWords: readonly string[] = []): Speller {
  const words = new SearchableMap<true>();
  const cyrillic = new Set<string>();
  const add = (w: string) => {
    if (/^[a-z]{4,}$/.test(w)) words.set(w, true);
    else if (/^[а-яё]{4,}$/.test(w)) cyrillic.add(w);
  };
  for (const w of FRAME_WORD_LIST) add(w);
  for (const [phrases] of CUES) for (const w of phrases.split(/[\s,]+/)) add(w);
  for (const line of SYNONYMS) for (const w of line.split(/[\s,]+/)) add(w);
  for (const w of extraWords) add(w);
  // Russian function words are misspelt as they sound too ("каторый"); their sounds are not English words.
  for (const w of russianStopwords()) add(w);
  const russian = russianWords(cyrillic);
  return {
    correct(word) {
      if (/^[а-яё]{5,}$/.test(word) && !cyrillic.has(word)) return correctRussian(word, russian);
      if (!/^[a-z]+$/.test(word) || words.has(word)) return undefined;
      // One edit at most: two would turn real words the facts lack into others ("supposed" into "supported").
      const edits = Math.min(allowedEdits(word.length), 1);
      if (edits === 0) return word.length === 4 ? vowelSlip(word, words) : undefined;
      // Swapped neighbours ("attakc") are one typo, but two edits to the radix tree's Levenshtein search.
      const swapped = swaps(word).find((w) => words.has(w));
      if (swapped) return swapped;
      let best: string | undefined;
      let bestD = Infinity;
      for (const [w, [, d]] of words.fuzzyGet(word, edits)) {
        // A typo keeps its first letter: "bread" is not "read".
        if (w[0] !== word[0]) continue;
        if (d < bestD || (d === bestD && best !== undefined && w < best)) [best, bestD] = [w, d];
      }
      return best;
    },
  };
}

/** A Russian question word misspelt as it sounds, or one letter off what it sounds like ("сколко"), else undefined. */
function correctRussian(word: string, russian: ReturnType<typeof russianWords>): string | undefined {
  const sound = russianSound(word);
  const same = russian.bySound.get(sound);
  if (same !== undefined) return same;
  if (sound.length < 6) return undefined;
  let best: string | undefined;
  for (const [s, [, d]] of russian.sounds.fuzzyGet(sound, 1)) {
    if (d === 1 && s[0] === sound[0] && (best === undefined || s < best)) best = s;
  }
  return best === undefined ? undefined : russian.bySound.get(best);
}
