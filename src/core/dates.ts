import type { IsoDate } from './types.js';

/** Calendar helpers on ISO dates (UTC, no clock): the core never asks what day it is. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/**
 * "23 Mar 2024", as used in citations.
 * @example formatShortDate('2024-03-23') === '23 Mar 2024'
 */
export function formatShortDate(iso: IsoDate): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${(MONTHS[m - 1] as string).slice(0, 3)} ${y}`;
}

/**
 * "23 March 2024", as used in headings.
 * @example formatLongDate('2024-03-23') === '23 March 2024'
 */
export function formatLongDate(iso: IsoDate): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] as string} ${y}`;
}

/** A fact's date field ("2024-03-23" or "2024-03-23/2024-03-30") as a [from, to] pair. */
export function factRange(date: string): [IsoDate, IsoDate] {
  const [from, to] = date.split('/') as [string, string | undefined];
  return [from, to ?? from];
}

/** "23 Mar 2024" or "23–30 Mar 2024" for a fact's date field. */
export function formatFactDate(date: string): string {
  const [from, to] = factRange(date);
  if (from === to) return formatShortDate(from);
  return `${formatShortDate(from)} – ${formatShortDate(to)}`;
}

/** Plain code-unit order for ISO dates, times and ids: no locale collation (it is slow to start and not needed). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A whole number with thousands separators, without Intl (slow to start).
 * @example formatNumber(12900) === '12,900'
 */
export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
