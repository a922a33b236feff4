import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Snowball from 'snowball-stemmers';
import { DATA_DIR, lemmaOf } from './lemmas.js';

/**
 * Term normalisation shared by the index and the query, so that spellings people type meet the spellings
 * in the facts: Cyrillic is transliterated, accents dropped, English lemmatised and stemmed (Wink, Snowball), and a
 * transliteration-tolerant "fold" merges k/c, y/i, kh/h, dzh/j and doubled letters
 * ("Мирзоев", "Mirzoev", "Crocus", "Крокус", "Zelenskyy" and "Зеленский" meet).
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Tajik, Ukrainian and Belarusian letters that appear in names.
  ғ: 'g', ӣ: 'i', қ: 'q', ӯ: 'u', ҳ: 'h', ҷ: 'j', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

// Snowball is one 870 KB CommonJS file. Imported from ESM, Node first scans it for its exports (cjs-module-lexer),
// which cost ~75 ms of every start; `require` loads it without that scan.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as typeof Snowball;
const english = snowball.newStemmer('english');
const russian = snowball.newStemmer('russian');

const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** Latin transliteration of Cyrillic letters; other characters pass through. Input must be lower case. */
export function transliterate(word: string): string {
  if (!HAS_CYRILLIC.test(word)) return word;
  let out = '';
  for (const ch of word) out += CYRILLIC[ch] ?? ch;
  return out;
}

/** Lower case, compatibility forms folded, accents removed from non-Cyrillic letters (й and ё stay whole). */
export function basicFold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\x20-\x7e\u0400-\u04ff]/g, (ch) => ch.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/**
 * Merges that are about meaning rather than grammar, which no lemmatiser makes: "dead" and "death" are the
 * state and the event of dying, "people" the plural of "person".
 */
const SAME_AS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['dead', 'die'],
  ['death', 'die'],
  ['deaths', 'die'],
  ['gunmen', 'gunman'],
  ['hurt', 'injure'],
]);

/**
 * The dictionary form of an English word ("gave" -> "give", "injuries" -> "injury"), from Wink's lemmatiser run
 * at build time (see lemmas.ts), so start-up loads a table instead of Wink's 3 MB lexicon.
 */
export function lemma(word: string): string {
  return SAME_AS.get(word) ?? lemmaOf(word) ?? word;
}

/**
 * English stemming from maintained libraries: the word's lemma (Wink), then the Snowball (Porter 2) stemmer.
 * Two folds follow that are about names, not English: a demonym meets its country ("Russian", "Russia"), and
 * trailing vowels that vary with transliteration are dropped ("Zelensky", "Zelenskyy", "Zelenskiy").
 * @example stem('injuries') === stem('injured')
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return SAME_AS.get(word) ?? word;
  // British and American spellings meet: "hospitalised" and "hospitalized".
  let w = english.stem(lemma(word).replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1'));
  if (/[iy]an$/.test(w) && w.length >= 6) w = w.slice(0, -3);
  else if (/[iy]a$/.test(w) && w.length >= 5) w = w.slice(0, -2);
  // Not after a doubled consonant: "carry" must not fold onto "car", nor "committee" onto "commit".
  const bare = w.replace(/[eiy]+$/, '');
  if (bare.length >= 3 && !/(.)\1$/.test(bare)) w = bare;
  return w;
}

/** Merges spellings that transliteration makes differ: c/k/q, y/i, kh/h, dzh/j, ph/f, w/v, doubled letters. */
export function phoneticFold(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The index term for one token (already lower-cased by the tokenizer): transliterate, stem, fold.
 * @example processTerm('мирзоев') === processTerm('mirzoev')
 */
export function processTerm(token: string): string {
  let term = cache.get(token);
  if (term === undefined) {
    // Russian words are stemmed as Russian (Snowball) before they are transliterated: "теракта", "теракте" and
    // "теракт" meet, and so do "Мирзоева" and "Мирзоев".
    term = HAS_CYRILLIC.test(token) ? phoneticFold(transliterate(russian.stem(token.replace(/ё/g, 'е')))) : phoneticFold(stem(token));
    // Words repeat across facts and questions; a bounded memo keeps indexing and answering cheap.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, term);
  }
  return term;
}

const CACHE_LIMIT = 200_000;

/**
 * Token -> term for every token the build stemmed (the lexicon's words and the facts'), written beside the
 * bundle's data by `npm run build` (scripts/build.mjs deletes it first, so it is never older than the code that
 * reads it). A start from dist/ then stems only the words of questions; from src/ there is none.
 */
export const STEM_FILE = `${DATA_DIR}stems.json`;

function seed(): [string, string][] {
  try {
    return JSON.parse(readFileSync(STEM_FILE, 'utf8')) as [string, string][];
  } catch {
    return [];
  }
}

const cache = new Map<string, string>(seed());

/** The memo of every token stemmed so far, for the build to save (see STEM_FILE). */
export function stemmedSoFar(): [string, string][] {
  return [...cache];
}
