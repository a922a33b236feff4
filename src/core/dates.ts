import type { IsoDate } from './types.js';

/** Calendar helpers on ISO dates (UTC, no clock): the core never asks what day it is. Dates are written out by the message tables. */

/** Adds (or subtracts) whole days. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO date from parts, or undefined when the day does not exist (31 February). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday. */
export function weekday(iso: IsoDate): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/** Last day of the month of `iso`. */
export function endOfMonth(iso: IsoDate): IsoDate {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A fact's date field ("2024-03-23" or "2024-03-23/2024-03-30") as a [from, to] pair. */
export function factRange(date: string): [IsoDate, IsoDate] {
  const [from, to] = date.split('/') as [string, string | undefined];
  return [from, to ?? from];
}

/** Plain code-unit order for ISO dates, times and ids: no locale collation (it is slow to start and not needed). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
