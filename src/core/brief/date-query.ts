import type { IsoDate } from '../types.js';
import { addDays } from '../dates.js';
import { AFTER_ATTACK, GLOBAL_RULES, MAY_HAVE_DATE, OPEN_END, OPEN_RULES, OPEN_START, type DateRange } from './date-rules.js';

export type { DateRange } from './date-rules.js';

/** What `findDates` read: the period, and the text with the date words blanked out. */
export interface DateFinding {
  range?: DateRange;
  rest: string;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * Finds the period a question is about: "23 March", "March 23rd", "23/03", "2024-03-23", "the day after the
 * attack", "the first hours", "on Sunday", "23-25 March", "since 28 March", "in April". Relative phrases count
 * from `anchor` (the attack day). The text must already be lower case.
 * @example findDates('what happened the day after the attack', '2024-03-22').range // { from: '2024-03-23', to: '2024-03-23' }
 */
export function findDates(text: string, anchor: IsoDate): DateFinding {
  let rest = text;
  const found: DateRange[] = [];
  if (!MAY_HAVE_DATE.test(text)) return { rest };
  for (const rule of GLOBAL_RULES) {
    const blanks: [number, number][] = [];
    for (const m of rest.matchAll(rule.re)) {
      let range = rule.read(m as RegExpExecArray, anchor);
      if (!range) continue; // "1.5 million" or "31 February": not a date, leave the words alone
      let start = m.index;
      const before = rest.slice(0, start);
      const open = OPEN_RULES.find((o) => o.re.test(before));
      if (open) {
        range = open.read(range);
        start = before.search(open.re);
      }
      blanks.push([start, m.index + m[0].length]);
      found.push(range);
    }
    for (const [start, end] of blanks) rest = blank(rest, start, end);
  }
  const afterAttack = AFTER_ATTACK.exec(rest);
  if (afterAttack && found.length === 0) {
    const after = !/before|prior|up/.test(afterAttack[1]!);
    // "After the attack" includes the night of the attack itself: the response began within the hour.
    found.push(after ? { from: anchor, to: OPEN_END } : { from: OPEN_START, to: addDays(anchor, -1) });
    rest = blank(rest, afterAttack.index, afterAttack.index + afterAttack[0].length);
  }
  if (found.length === 0) return { rest };
  const range: DateRange = {
    from: found.map((r) => r.from).sort()[0] as string,
    to: found.map((r) => r.to).sort().at(-1) as string,
  };
  if (found.length === 1 && found[0]?.firstHours) range.firstHours = true;
  return { range, rest };
}

/** True for a range that is open on either side ("since 28 March"). */
export function isOpenRange(r: DateRange): boolean {
  return r.from === OPEN_START || r.to === OPEN_END;
}
