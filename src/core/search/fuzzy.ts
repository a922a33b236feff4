/**
 * How many edits a term of this length may carry and still count as the same word. Short terms must
 * match exactly: "iran"/"iraq" or "kill"/"kiev" are different words, not typos.
 */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up early once it
 * exceeds `max`: returns `max + 1` then. Typos swap letters ("attakc"), so transpositions count as one edit.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** True when `query` is `candidate` with a typo small enough for its length. */
export function isTypoOf(query: string, candidate: string): boolean {
  const max = allowedEdits(Math.min(query.length, candidate.length));
  return max > 0 && editDistance(query, candidate, max) <= max;
}

/** Every spelling of `word` with two neighbouring letters swapped ("macorn" for "macron"). */
export function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** True when `b` is `a` with two neighbouring letters swapped. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Letters that transliterations of one sound use interchangeably (Faizov, Faisov, Faizof). Terms are folded already (w -> v, c -> k). */
const SOUND_ALIKE: ReadonlySet<string> = new Set(['sz', 'zs', 'fv', 'vf']);

/** True when `b` is `a` with one letter replaced by one that sounds alike. */
export function isSoundAlike(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return SOUND_ALIKE.has(`${a[diff]}${b[diff]}`);
}

/**
 * Whether `query` may be a misspelling of the name `name`. Stricter than for ordinary words, because names
 * that differ by a letter are often different names (Israel and Isroil, German and Kerman): the first
 * letter must match, and names of six letters or fewer forgive only swapped neighbours.
 */
export function isNameTypo(query: string, name: string): boolean {
  if (query[0] !== name[0]) return false;
  if (isSwap(query, name) || isSoundAlike(query, name)) return true;
  // A possessive typed without its apostrophe ("putins speech").
  if (query === `${name}s` && name.length >= 4) return true;
  return Math.min(query.length, name.length) > 6 && isTypoOf(query, name);
}
