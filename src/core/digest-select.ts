import { overallSeries } from './figure-series.js';
import { factRange } from './dates.js';
import type { Fact, FigureKind, IsoDate, Topic } from './types.js';

/** Figure kinds a digest reports, in the order it reports them. Building sizes ('other') are not news. */
export const KEY_FIGURE_KINDS: readonly FigureKind[] = ['deaths', 'injured', 'children-killed', 'missing', 'detained', 'charged'];

/** Topics an overview draws one key fact from each, in order. */
const OVERVIEW_TOPICS: readonly Topic[] = ['attack', 'fire', 'responsibility', 'suspects', 'investigation'];

/** Chronological order: date, then time (untimed first on their day), then id. */
export function byTime(a: Fact, b: Fact): number {
  return a.date.slice(0, 10).localeCompare(b.date.slice(0, 10)) || (a.time ?? '').localeCompare(b.time ?? '') || a.id.localeCompare(b.id);
}

/** Newest first: the reverse of `byTime`. */
export function newestFirst(a: Fact, b: Fact): number {
  return byTime(b, a);
}

/**
 * The current value of each key figure kind: the latest report of the overall figure on or before `today`
 * (partial counts such as one region's arrests are not the current value; see overallSeries).
 */
export function keyFigures(facts: readonly Fact[], today: IsoDate): Fact[] {
  return KEY_FIGURE_KINDS.flatMap((kind) => {
    const reports = facts.filter((f) => f.figure?.kind === kind && f.figure.asOf <= today && !f.contested);
    return overallSeries(reports).slice(-1);
  });
}

/** Facts that began on this month-day in 2024, when that day is already past: the anniversary look-back. */
export function onThisDay(facts: readonly Fact[], today: IsoDate): Fact[] {
  const day = `2024-${today.slice(5, 10)}`;
  if (day >= today) return [];
  return facts.filter((f) => factRange(f.date)[0] === day).sort(byTime);
}

/** The day of the attack: an overview tells what happened from then on, not the background. */
const EVENT_DAY: IsoDate = '2024-03-22';

/** Overview preference within a topic: facts mainly about it, well sourced, timed, then earliest. */
function overviewOrder(topic: Topic): (a: Fact, b: Fact) => number {
  const main = (f: Fact) => (f.topics[0] === topic ? 0 : 1);
  const timed = (f: Fact) => (f.time === undefined ? 1 : 0);
  return (a, b) => main(a) - main(b) || b.sources.length - a.sources.length || timed(a) - timed(b) || byTime(a, b);
}

/** A few uncontested facts that tell the story in brief: the best of each overview topic, from the attack day on. */
export function overviewFacts(facts: readonly Fact[]): Fact[] {
  const picked: Fact[] = [];
  for (const topic of OVERVIEW_TOPICS) {
    const best = facts
      .filter((f) => f.topics.includes(topic) && !f.contested && !f.figure && !picked.includes(f) && f.date >= EVENT_DAY)
      .sort(overviewOrder(topic))[0];
    if (best) picked.push(best);
  }
  return picked;
}

/**
 * The calendar date at `now` in an IANA time zone, `YYYY-MM-DD`: the day the channel's readers are living.
 * @example localDate(new Date('2025-03-30T23:30:00Z'), 'Europe/London') === '2025-03-31'
 */
export function localDate(now: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
