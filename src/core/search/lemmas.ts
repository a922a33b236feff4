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

export const LEMMA_FILE = `${DATA_DIR}english-lemmas.txt`;
export const SINGULAR_FILE = `${DATA_DIR}english-singulars.txt`;

let lemmas: ReadonlyMap<string, string> | undefined;
let singulars: ReadonlyMap<string, string> | undefined;

/** "word form" lines into a map. */
function pairs(file: string): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(file)) return m;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) m.set(line.slice(0, space), line.slice(space + 1));
  }
  return m;
}

/**
 * The dictionary form of an English word where Snowball alone would miss it ("gave" -> "give", "children" ->
 * "child", "best" -> "good"), from Wink's lemmatiser run at build time over the words people and the facts use;
 * undefined otherwise.
 */
export function lemmaOf(word: string): string | undefined {
  lemmas ??= pairs(LEMMA_FILE);
  return lemmas.get(word);
}

/** Whether `singular` is `plural` by a regular rule ("tickets", "boxes", "parties"): no table needed. */
export function regularPlural(plural: string, singular: string): boolean {
  return plural === `${singular}s` || plural === `${singular}es` || (singular.endsWith('y') && plural === `${singular.slice(0, -1)}ies`);
}

/** The singular of a plural noun ("tickets" -> "ticket", "children" -> "child"); undefined when not plural. */
export function singularOf(word: string): string | undefined {
  singulars ??= pairs(SINGULAR_FILE);
  const listed = singulars.get(word);
  if (listed) return listed;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return undefined;
}

/** Forgets the loaded tables, for the build script that rewrites them. */
export function reloadLemmas(): void {
  lemmas = undefined;
  singulars = undefined;
}
