import type { Fact, IsoDate } from '../types.js';
import type { DateRange } from './date-query.js';

/** "on the day of mourning", "during the national day of mourning": a time named for what happened on it. */
const NAMED_DAY = /(?<![\p{L}\p{N}])(?:on|during|for)\s+(?:the\s+)?(?:national\s+|official\s+)?day\s+of\s+(\p{L}{4,})(?![\p{L}\p{N}])/u;

/** Facts by the word after each "day of" in their text (lower case), indexed once per fact list. */
const namers = new WeakMap<readonly Fact[], Map<string, Fact[]>>();

/** The facts whose text says "day of <word>" (any case), as `\bday of <word>\b` would find them. */
function namingDay(facts: readonly Fact[], word: string): readonly Fact[] {
  // A word with a letter outside ASCII is not one the index below holds whole: look for it the slow way.
  if (!/^[a-z]+$/.test(word)) {
    const spoken = new RegExp(`\\bday of ${word}\\b`, 'i');
    return facts.filter((f) => spoken.test(f.text));
  }
  let byWord = namers.get(facts);
  if (!byWord) {
    byWord = new Map();
    for (const f of facts) {
      for (const m of f.text.matchAll(/\bday of (?=(\w+))/gi)) {
        const w = (m[1] as string).toLowerCase();
        const list = byWord.get(w) ?? [];
        if (list.at(-1) !== f) list.push(f);
        byWord.set(w, list);
      }
    }
    namers.set(facts, byWord);
  }
  return byWord.get(word) ?? [];
}

/**
 * Reads a named day as the date the facts give it: the most common date of the single-day facts that use
 * the same name ("day of mourning" -> 24 March, when most facts saying it are dated so). The text must be
 * lower case. Returns the range and the text with the name blanked, or undefined when no fact names the day.
 * @example namedDay('what happened on the day of mourning', facts) // { range: { from: '2024-03-24', to: '2024-03-24' }, rest: 'what happened ...' }
 */
export function namedDay(text: string, facts: readonly Fact[]): { range: DateRange; rest: string } | undefined {
  const m = NAMED_DAY.exec(text);
  if (!m) return undefined;
  const word = m[1] as string;
  const counts = new Map<IsoDate, number>();
  for (const f of namingDay(facts, word)) if (!f.date.includes('/')) counts.set(f.date, (counts.get(f.date) ?? 0) + 1);
  let best: IsoDate | undefined;
  let bestN = 1;
  for (const [d, n] of counts) if (n > bestN || (n === bestN && best !== undefined && d > best)) [best, bestN] = [d, n];
  if (!best) return undefined;
  return { range: { from: best, to: best }, rest: text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length) };
}
