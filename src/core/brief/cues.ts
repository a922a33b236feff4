import { termsOf } from '../search/fact-terms.js';
import { isNoise, STOPWORDS } from '../search/stopwords.js';
import { isEnglishStopword } from '../search/english-data.js';
import type { QueryToken } from '../search/entities.js';
import { CUES, SYNONYMS, type CueEffect } from './lexicon.js';

interface CompiledCue {
  terms: string[];
  /** The phrase as written in the lexicon, lower case. */
  raw: string;
  effect: CueEffect;
}

function compile(): CompiledCue[] {
  const out: CompiledCue[] = [];
  for (const [phrases, effect] of CUES) {
    for (const p of phrases.split(',')) {
      const terms = termsOf(p.trim());
      if (terms.length > 0) out.push({ terms, raw: p.trim().toLowerCase(), effect });
    }
  }
  // Longer phrases first, so "death toll" wins over "death".
  return out.sort((a, b) => b.terms.length - a.terms.length);
}

/** Cues by their first term, longest first, so matching costs a map look-up per question word. */
const BY_FIRST: ReadonlyMap<string, CompiledCue[]> = (() => {
  const map = new Map<string, CompiledCue[]>();
  for (const cue of compile()) {
    const first = cue.terms[0] as string;
    map.set(first, [...(map.get(first) ?? []), cue]);
  }
  return map;
})();

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

/**
 * The one-word cues of the same lexicon line as a subject cue (one with topics or figure kinds): "killed" for "died",
 * «погибли» for «погибших». A fact that uses any of them reports what the cue asks about.
 */
const CUE_SIBLINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [phrases, effect] of CUES) {
    if (effect.required || (effect.topics === undefined && effect.figure === undefined)) continue;
    const terms = phrases.split(',').map((p) => termsOf(p.trim()));
    const line = terms.filter((t) => t.length === 1).map((t) => t[0] as string).filter((t) => !isNoise(t));
    // Each word of a phrase ("унесло больше жизней") stands for the line's words too.
    for (const t of terms.flat().filter((w) => !isNoise(w))) map.set(t, new Set([...(map.get(t) ?? []), ...line.filter((o) => o !== t)]));
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
})();

/** Words of the same cue line as `term` (see CUE_SIBLINGS); empty when it is no subject cue. */
export function cueSiblings(term: string): readonly string[] {
  return CUE_SIBLINGS.get(term) ?? [];
}

/** Index terms that stand for `term` ("rifle" for "weapon"); empty when none. */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYM_GROUPS.get(term) ?? [];
}

/**
 * A one-word cue whose term is also a framing word ("hearing" and "heard" both fold to "hear") matches only
 * as written: "I heard" is not a court hearing.
 */
function foldedOntoNoise(cue: CompiledCue, token: QueryToken): boolean {
  return cue.terms.length === 1 && isNoise(cue.terms[0] as string) && token.raw !== cue.raw;
}

/** Whether a term is a one-word cue of the lexicon ("memorials", "fire"): a common word, not only a name. */
export function isCueWord(term: string): boolean {
  return BY_FIRST.get(term)?.some((c) => c.terms.length === 1) ?? false;
}

/** One cue found in a question. */
export interface CueMatch {
  start: number;
  end: number;
  effect: CueEffect;
}

/**
 * Finds cue phrases among the question's tokens, left to right, the longest phrase at each position,
 * skipping tokens already taken (by an entity name, for instance).
 */
export function findCues(tokens: readonly QueryToken[], taken: ReadonlySet<number>): CueMatch[] {
  const out: CueMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let end = -1;
    const found = taken.has(i)
      ? undefined
      : BY_FIRST.get((tokens[i] as QueryToken).term)?.find((cue) => {
          if (foldedOntoNoise(cue, tokens[i] as QueryToken)) return false;
          end = matchAt(cue.terms, tokens, taken, i);
          return end > 0;
        });
    if (found) {
      out.push({ start: i, end, effect: found.effect });
      i = end;
    } else i++;
  }
  return out;
}

/**
 * Where a cue phrase that starts at `i` ends, or -1. Filler between its words is skipped ("who actually did it"
 * is "who did it"), at most two words of it.
 */
function matchAt(terms: readonly string[], tokens: readonly QueryToken[], taken: ReadonlySet<number>, i: number): number {
  let j = i;
  let skipped = 0;
  for (const t of terms) {
    while (j < tokens.length && tokens[j]?.term !== t && isFiller(tokens[j] as QueryToken) && skipped < 2 && j > i) {
      j++;
      skipped++;
    }
    if (j >= tokens.length || taken.has(j) || tokens[j]?.term !== t) return -1;
    j++;
  }
  return j;
}

/** Chat inside a phrase: a framing word ("actually", "basically") or an English stop word. */
function isFiller(token: QueryToken): boolean {
  return isNoise(token.term) || isEnglishStopword(token.raw);
}
