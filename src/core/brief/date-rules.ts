/**
 * The ways people write dates and periods, as rules: absolute dates in many forms (English and Russian
 * month names), ranges, and periods counted from the attack day.
 */
import { addDays, endOfMonth, isoFromParts, weekday } from '../dates.js';
import type { IsoDate } from '../types.js';

/**
 * A period a question asks about. `from`/`to` are inclusive; open ends use far-off dates.
 * @example { from: '2024-03-23', to: '2024-03-23' } // "the day after the attack"
 */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
  /** True for "the first hours", "that night": the attack day itself, by the clock. */
  firstHours?: boolean;
}

export const OPEN_START = '0001-01-01';
export const OPEN_END = '9999-12-31';

const MONTH_NAMES: [RegExp, number][] = [
  [/^(?:jan(?:uary)?|январ[ья])$/, 1],
  [/^(?:feb(?:ruary)?|феврал[ья])$/, 2],
  [/^(?:mar(?:ch)?|марта?)$/, 3],
  [/^(?:apr(?:il)?|апрел[ья])$/, 4],
  [/^(?:may|ма[йя])$/, 5],
  [/^(?:june?|июн[ья])$/, 6],
  [/^(?:july?|июл[ья])$/, 7],
  [/^(?:aug(?:ust)?|августа?)$/, 8],
  [/^(?:sep(?:t(?:ember)?)?|сентябр[ья])$/, 9],
  [/^(?:oct(?:ober)?|октябр[ья])$/, 10],
  [/^(?:nov(?:ember)?|ноябр[ья])$/, 11],
  [/^(?:dec(?:ember)?|декабр[ья])$/, 12],
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])\.?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthNumber(name: string): number {
  const n = name.replace(/\.$/, '');
  return (MONTH_NAMES.find(([re]) => re.test(n)) as [RegExp, number])[1];
}

function year(text: string | undefined, anchor: IsoDate): number {
  if (!text) return Number(anchor.slice(0, 4));
  const y = Number(text);
  return y < 100 ? 2000 + y : y;
}

function count(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** One way of writing a date or period, and how to read it. */
export interface Rule {
  re: RegExp;
  read(m: RegExpExecArray, anchor: IsoDate): DateRange | undefined;
}

const day = (iso: IsoDate | undefined): DateRange | undefined => (iso ? { from: iso, to: iso } : undefined);
const span = (from: IsoDate | undefined, to: IsoDate | undefined): DateRange | undefined =>
  from && to && from <= to ? { from, to } : undefined;
const ATTACK = String.raw`(?:the\s+)?(?:attack|shooting|massacre|assault|tragedy|events?|incident)`;

/** Rules in order; ranges come before single days so "23-25 March" is not read as "25 March". */
const RULES: Rule[] = [
  {
    re: new RegExp(String.raw`${B}(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:to|until|till|-|–|and)\s*(\d{4})-(\d{1,2})-(\d{1,2})${E}`, 'u'),
    read: (m) => span(isoFromParts(+m[1]!, +m[2]!, +m[3]!), isoFromParts(+m[4]!, +m[5]!, +m[6]!)),
  },
  {
    re: new RegExp(String.raw`${B}(\d{1,2})${ORD}\s*(?:to|until|till|-|–|and|&)\s*(\d{1,2})${ORD}(?:\s+of)?\s+${MONTH}(?:,?\s+(\d{4}))?${E}`, 'u'),
    read: (m, a) => span(isoFromParts(year(m[4], a), monthNumber(m[3]!), +m[1]!), isoFromParts(year(m[4], a), monthNumber(m[3]!), +m[2]!)),
  },
  {
    re: new RegExp(String.raw`${B}${MONTH}\s+(\d{1,2})${ORD}\s*(?:to|until|till|-|–|and|&)\s*(\d{1,2})${ORD}(?:,?\s+(\d{4}))?${E}`, 'u'),
    read: (m, a) => span(isoFromParts(year(m[4], a), monthNumber(m[1]!), +m[2]!), isoFromParts(year(m[4], a), monthNumber(m[1]!), +m[3]!)),
  },
  {
    re: new RegExp(String.raw`${B}(\d{4})-(\d{1,2})-(\d{1,2})${E}`, 'u'),
    read: (m) => day(isoFromParts(+m[1]!, +m[2]!, +m[3]!)),
  },
  {
    re: new RegExp(String.raw`${B}(\d{1,2})${ORD}(?:\s+of)?\s+${MONTH}(?:,?\s+(\d{4}))?${E}`, 'u'),
    read: (m, a) => day(isoFromParts(year(m[3], a), monthNumber(m[2]!), +m[1]!)),
  },
  {
    re: new RegExp(String.raw`${B}${MONTH}\s+(?:the\s+)?(\d{1,2})${ORD}(?:,?\s+(\d{4}))?${E}`, 'u'),
    read: (m, a) => day(isoFromParts(year(m[3], a), monthNumber(m[1]!), +m[2]!)),
  },
  {
    // 23/03, 23/3/2024, 03/23 (month first only when the day cannot be a month), 23.03.2024, 23-03-2024
    re: /(?<![\p{L}\p{N}.,-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\p{L}\p{N}]|[.,-]\d)/u,
    read: (m, a) => {
      const x = +m[1]!;
      const y = +m[3]!;
      if (m[2] === '.' && m[3]!.length < 2 && !m[4]) return undefined; // "1.5 million" is not a date
      if (m[2] === '-' && !m[4]) return undefined; // "24-7", "9-11" are not dates without a year
      const [d, mo] = y > 12 && x <= 12 ? [y, x] : [x, y];
      return day(isoFromParts(year(m[4], a), mo, d));
    },
  },
  {
    // "the end of March", "early April": the last or first week of the month.
    re: new RegExp(String.raw`${B}(?:(?:the\s+)?(end|beginning|start|middle)\s+of|(late|early|mid)(?:\s+|-))\s*${MONTH}(?:,?\s+(\d{4}))?${E}`, 'u'),
    read: (m, a) => {
      const first = isoFromParts(year(m[4], a), monthNumber(m[3]!), 1);
      if (!first) return undefined;
      const last = endOfMonth(first);
      const part = m[1] ?? m[2];
      if (part === 'end' || part === 'late') return { from: addDays(last, -6), to: last };
      if (part === 'middle' || part === 'mid') return { from: addDays(first, 9), to: addDays(first, 19) };
      return { from: first, to: addDays(first, 6) };
    },
  },
  {
    re: new RegExp(String.raw`${B}(?:in\s+|during\s+)?${MONTH}\s+(\d{4})${E}|${B}(?:in|during)\s+${MONTH}${E}`, 'u'),
    read: (m, a) => {
      const name = m[1] ?? m[3];
      const from = isoFromParts(year(m[2], a), monthNumber(name!), 1);
      return from ? { from, to: endOfMonth(from) } : undefined;
    },
  },
  {
    re: new RegExp(String.raw`${B}(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)${E}`, 'u'),
    read: (m, a) => day(isoFromParts(year(undefined, a), Number(a.slice(5, 7)), +m[1]!)),
  },
  {
    re: new RegExp(String.raw`${B}(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(after|later|before|earlier|prior)(?:\s+(?:to\s+)?${ATTACK})?${E}`, 'u'),
    read: (m, a) => {
      const n = count(m[1]!) * (m[2]!.startsWith('week') ? 7 : 1);
      const sign = /after|later/.test(m[3]!) ? 1 : -1;
      const target = addDays(a, sign * n);
      return m[2]!.startsWith('week') ? { from: addDays(target, -1), to: addDays(target, 1) } : day(target);
    },
  },
  {
    re: new RegExp(String.raw`${B}(?:the\s+)?(?:(?:next|following)\s+(?:day|morning)|(?:day|morning|night)\s+after(?:\s+${ATTACK})?)${E}`, 'u'),
    read: (_m, a) => day(addDays(a, 1)),
  },
  {
    re: new RegExp(String.raw`${B}(?:the\s+)?(?:day|night|evening)\s+before(?:\s+${ATTACK})?${E}`, 'u'),
    read: (_m, a) => day(addDays(a, -1)),
  },
  {
    re: new RegExp(String.raw`${B}(?:the\s+)?(?:first|initial|early|opening)\s+(?:few\s+)?(?:hours?|minutes?|moments?|night)${E}|${B}(?:that|the)\s+(?:same\s+)?(?:night|evening)(?:\s+of\s+${ATTACK})?${E}|${B}(?:during|as)\s+${ATTACK}\s+(?:unfolded|happened|began)${E}`, 'u'),
    read: (_m, a) => ({ from: a, to: a, firstHours: true }),
  },
  {
    // "The day of mourning" is another day: only "the day" alone or "the day of the attack" is the attack day.
    re: new RegExp(String.raw`${B}(?:on\s+)?(?:the|that)\s+(?:same\s+)?day(?:\s+of\s+${ATTACK})?${E}(?!\s+of\b)|${B}on\s+the\s+(?:night|evening)\s+of\s+${ATTACK}${E}`, 'u'),
    read: (_m, a) => day(a),
  },
  {
    re: new RegExp(String.raw`${B}(?:in\s+|during\s+)?(?:the\s+)?(week|fortnight|(?:few\s+)?days)\s+(?:before|prior\s+to|leading\s+up\s+to)(?:\s+${ATTACK})?${E}`, 'u'),
    read: (m, a) => ({ from: addDays(a, m[1] === 'week' ? -7 : m[1] === 'fortnight' ? -14 : -3), to: addDays(a, -1) }),
  },
  {
    re: new RegExp(String.raw`${B}(?:in\s+|during\s+)?(?:the\s+)?(week|fortnight|(?:few\s+)?days)\s+(?:after|following)(?:\s+${ATTACK})?${E}`, 'u'),
    read: (m, a) => ({ from: addDays(a, 1), to: addDays(a, m[1] === 'week' ? 7 : m[1] === 'fortnight' ? 14 : 3) }),
  },
  {
    re: new RegExp(String.raw`${B}(?:the\s+)?(first|following|next)\s+(week|few\s+days|days)${E}`, 'u'),
    read: (m, a) => {
      const start = m[1] === 'first' ? a : addDays(a, 1);
      return { from: start, to: addDays(start, m[2] === 'week' ? 6 : 3) };
    },
  },
  {
    re: new RegExp(String.raw`${B}(?:on\s+(?:the\s+)?)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)${E}`, 'u'),
    read: (m, a) => day(addDays(a, (WEEKDAYS.indexOf(m[1]!) - weekday(a) + 7) % 7)),
  },
];

/** The rules with the global flag, compiled once (matchAll needs it). */
export const GLOBAL_RULES: Rule[] = RULES.map((r) => ({ re: new RegExp(r.re.source, `${r.re.flags}g`), read: r.read }));

/** A cheap first look: text with no digit and none of these words names no date. */
export const MAY_HAVE_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|hour|night|evening|morning|minute|moment|first|after|before|since|until|till|following|next|prior|earlier|later|up to|sunday|monday|tuesday|wednesday|thursday|friday|saturday|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек/;

export const OPEN_RULES: { re: RegExp; read(inner: DateRange): DateRange }[] = [
  // "News from 30 March" is news of that day; "from 28 March" alone is a period that starts then.
  { re: /(?<![\p{L}\p{N}])(?:since|after|(?<!(?:news|updates?|reports?|events?|facts?|stories|story|anything|headlines)\s+)from)\s+$/u, read: (r) => ({ from: r.from, to: OPEN_END }) },
  { re: /(?<![\p{L}\p{N}])(?:before|until|till|prior\s+to)\s+$/u, read: (r) => ({ from: OPEN_START, to: addDays(r.from, -1) }) },
  // "As of 25 March", "by the end of March": everything up to and including then.
  { re: /(?<![\p{L}\p{N}])(?:as\s+of|by)\s+$/u, read: (r) => ({ from: OPEN_START, to: r.to }) },
];

export const AFTER_ATTACK = new RegExp(String.raw`${B}(?:in\s+the\s+)?(?:days?|weeks?\s+)?(after(?:math)?|since|following|before|prior\s+to|(?:run|lead)[\s-]up\s+to|leading\s+up\s+to)\s+${ATTACK}${E}`, 'u');

