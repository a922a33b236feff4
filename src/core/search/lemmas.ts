import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the engine's precomputed English data lives: src/core/data/ beside the source, dist/data/ beside the
 * bundle (scripts/build.mjs copies it there). Written by `npm run lexicon:build`.
 */
export const DATA_DIR =
  [new URL('../data/', import.meta.url), new URL('./data/', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((d) => existsSync(`${d}english-frequency.txt`)) ?? fileURLToPath(new URL('../data/', import.meta.url));

export const LEMMA_FILE = `${DATA_DIR}english-lemmas.json`;

interface LemmaTable {
  /** Word -> its dictionary form, where they differ ("gave" -> "give", "injuries" -> "injury"). */
  lemma: Record<string, string>;
  /** Plural noun -> singular ("tickets" -> "ticket"). */
  singular: Record<string, string>;
}

let table: { lemma: Map<string, string>; singular: Map<string, string> } | undefined;

function load(): NonNullable<typeof table> {
  if (!table) {
    const raw: LemmaTable = existsSync(LEMMA_FILE) ? (JSON.parse(readFileSync(LEMMA_FILE, 'utf8')) as LemmaTable) : { lemma: {}, singular: {} };
    table = { lemma: new Map(Object.entries(raw.lemma)), singular: new Map(Object.entries(raw.singular)) };
  }
  return table;
}

/**
 * The dictionary form of an English word, from Wink's lemmatiser run at build time over the 40,000 most
 * frequent spoken words and every word of the facts; undefined when it is the word itself or unknown.
 */
export function lemmaOf(word: string): string | undefined {
  return load().lemma.get(word);
}

/** The singular of a plural noun ("tickets" -> "ticket"), when the table knows it. */
export function singularOf(word: string): string | undefined {
  return load().singular.get(word);
}

/** Forgets the loaded table, for the build script that rewrites it. */
export function reloadLemmas(): void {
  table = undefined;
}
