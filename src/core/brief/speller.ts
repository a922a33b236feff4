import SearchableMap from 'minisearch/SearchableMap';
import { allowedEdits, swaps } from '../search/fuzzy.js';
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

/** Builds the speller once; words of 4 letters or fewer are never corrected. */
export function createSpeller(extraWords: readonly string[] = []): Speller {
  const words = new SearchableMap<true>();
  const add = (w: string) => {
    if (/^[a-z]{4,}$/.test(w)) words.set(w, true);
  };
  for (const w of FRAME_WORD_LIST) add(w);
  for (const [phrases] of CUES) for (const w of phrases.split(/[\s,]+/)) add(w);
  for (const line of SYNONYMS) for (const w of line.split(/[\s,]+/)) add(w);
  for (const w of extraWords) add(w);
  return {
    correct(word) {
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
