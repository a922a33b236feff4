import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lemma } from './normalize.js';

/**
 * English data precomputed by `npm run lexicon:build` (from WordNet, SUBTLEX-US and stopwords-iso) and read
 * once, lazily: nothing here parses a dictionary at start-up.
 */
// src/core/data/ beside the source; dist/data/ beside the bundle (scripts/build.mjs copies it there).
const dataDir = [new URL('../data/', import.meta.url), new URL('./data/', import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((d) => existsSync(`${d}english-frequency.txt`)) ?? fileURLToPath(new URL('../data/', import.meta.url));
const dataFile = (name: string) => `${dataDir}${name}`;
export const WORDNET_FILE = dataFile('wordnet-synonyms.json');
export const FREQUENCY_FILE = dataFile('english-frequency.txt');
export const STOPWORD_FILE = dataFile('english-stopwords.txt');
export const NOUN_FILE = dataFile('english-nouns.txt');

let synonyms: ReadonlyMap<string, readonly string[]> | undefined;
let ranks: ReadonlyMap<string, number> | undefined;
let stops: ReadonlySet<string> | undefined;
let nouns: ReadonlySet<string> | undefined;

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

/**
 * Fact terms that WordNet gives as synonyms or derivations of a question word as typed, lower case ("kids" ->
 * "child"). Searched at a lower weight than the word itself.
 */
export function wordnetSynonymsOf(word: string): readonly string[] {
  synonyms ??= new Map(Object.entries(JSON.parse(readFileSync(WORDNET_FILE, 'utf8')) as Record<string, string[]>));
  return synonyms.get(word) ?? synonyms.get(lemma(word)) ?? [];
}

/** Rank of a word in spoken English (1 = most frequent), or undefined past the 40,000 most frequent. */
export function frequencyRank(word: string): number | undefined {
  if (!ranks) {
    const m = new Map<string, number>();
    lines(FREQUENCY_FILE).forEach((w, i) => m.set(w, i + 1));
    ranks = m;
  }
  return ranks.get(word) ?? ranks.get(lemma(word));
}

/** Whether a word is an English stop word ("basically", "anyway", "the"). */
export function isEnglishStopword(word: string): boolean {
  stops ??= new Set(lines(STOPWORD_FILE));
  return stops.has(word);
}

/** Whether a word is a noun in WordNet ("pageant", "population", "cousin"). */
export function isNoun(word: string): boolean {
  nouns ??= new Set(lines(NOUN_FILE));
  return nouns.has(word) || nouns.has(lemma(word));
}
