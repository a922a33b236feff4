import { termsOf } from '../search/fact-terms.js';
import { STOPWORDS } from '../search/stopwords.js';
import type { QueryToken } from '../search/entities.js';
import { CUES, SYNONYMS, type CueEffect } from './lexicon.js';

interface CompiledCue {
  terms: string[];
  effect: CueEffect;
}

function compile(): CompiledCue[] {
  const out: CompiledCue[] = [];
  for (const [phrases, effect] of CUES) {
    for (const p of phrases.split(',')) {
      const terms = termsOf(p.trim());
      if (terms.length > 0) out.push({ terms, effect });
    }
  }
  // Longer phrases first, so "death toll" wins over "death", and "death penalty" over both.
  return out.sort((a, b) => b.terms.length - a.terms.length);
}

const COMPILED = compile();

const SYNONYM_GROUPS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const line of SYNONYMS) {
    const group = [...new Set(line.split(',').flatMap((w) => termsOf(w.trim())).filter((t) => !STOPWORDS.has(t)))];
    for (const t of group) {
      const set = map.get(t) ?? new Set<string>();
      for (const u of group) if (u !== t) set.add(u);
      map.set(t, set);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
})();

/** Index terms that stand for `term` ("rifle" for "weapon"); empty when none. */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYM_GROUPS.get(term) ?? [];
}

/** One cue found in a question. */
export interface CueMatch {
  start: number;
  end: number;
  effect: CueEffect;
}

/**
 * Finds cue phrases among the question's tokens, longest first, skipping tokens already taken
 * (by an entity name, for instance).
 */
export function findCues(tokens: readonly QueryToken[], taken: ReadonlySet<number>): CueMatch[] {
  const used = new Set(taken);
  const out: CueMatch[] = [];
  for (const cue of COMPILED) {
    const n = cue.terms.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !used.has(i + k) && tokens[i + k]?.term === cue.terms[k];
      if (!ok) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      out.push({ start: i, end: i + n, effect: cue.effect });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
