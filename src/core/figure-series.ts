import type { Fact, Figure } from './types.js';

const fig = (f: Fact) => f.figure as Figure;

/** As-of date, then value: the order a figure's reports arrived in. */
export function byAsOfThenValue(a: Fact, b: Fact): number {
  return order(fig(a).asOf, fig(b).asOf) || fig(a).value - fig(b).value || order(a.id, b.id);
}

/** ISO dates and ids (ASCII) by code point: no collator to start up for them. */
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The reports of the overall figure of one kind, oldest first. Counts of this kind only grow (tolls, arrests,
 * people charged), so a smaller number reported after a larger one is a partial count ("four arrested in
 * Dagestan", "three citizens of Belarus") and is left out.
 * @example overallSeries([toll40, toll144, belarus3]) // [toll40, toll144]
 */
export function overallSeries(facts: readonly Fact[]): Fact[] {
  return seriesOfSorted([...facts].sort(byAsOfThenValue));
}

/** `overallSeries` of reports already in `byAsOfThenValue` order. */
export function seriesOfSorted(sorted: readonly Fact[]): Fact[] {
  let runningMax = 0;
  return sorted.filter((f) => {
    if (fig(f).value < runningMax) return false;
    runningMax = fig(f).value;
    return true;
  });
}
