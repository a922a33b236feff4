import { LIMITS } from '../limits.js';
import type { Briefing, Fact } from '../types.js';
import { abstain } from './abstain.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import type { DateRange } from './date-query.js';
import { generalAnswer } from './general-answer.js';
import { inRange } from './rank.js';
import { rangeTitle } from './titles.js';
import type { Understanding } from './understand.js';

/** The single-day facts within a closed range: positions [lo, hi) in ctx.singleDay, found by binary search. */
function dayBounds(range: DateRange, ctx: EngineContext): [number, number] {
  return [firstFrom(ctx.singleDay, range.from, false), firstFrom(ctx.singleDay, range.to, true)];
}

/** The first position in a date-ordered list whose date is `date` or later (with `later`, only later). */
function firstFrom(list: readonly Fact[], date: string, later: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = (list[mid] as Fact).date;
    if (d < date || (later && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What picking a period's facts needs of every fact, worked out once per fact list: by position in time order
 * (ctx.chronological), its weight, its first topic and its day as small numbers; and where each single-day fact
 * stands in that order. A month of a large corpus is tens of thousands of facts, read five times per question.
 */
interface PeriodTable {
  position: ReadonlyMap<Fact, number>;
  singleDay: Int32Array;
  weight: Float64Array;
  topic: Int32Array;
  day: Int32Array;
  topics: number;
  days: number;
}

const tables = new WeakMap<readonly Fact[], PeriodTable>();
function periodTable(ctx: EngineContext): PeriodTable {
  const have = tables.get(ctx.chronological);
  if (have) return have;
  const facts = ctx.chronological;
  const position = new Map(facts.map((f, i) => [f, i]));
  const topicIds = new Map<string | undefined, number>();
  const dayIds = new Map<string, number>();
  const id = <K>(ids: Map<K, number>, key: K) => ids.get(key) ?? ids.set(key, ids.size).get(key) ?? 0;
  const table: PeriodTable = {
    position,
    singleDay: Int32Array.from(ctx.singleDay, (f) => position.get(f) ?? 0),
    // A fact spanning weeks says less about one day than a fact of that day.
    weight: Float64Array.from(facts, (f) => ctx.prior(f.id) * (f.date.includes('/') ? 0.6 : 1)),
    topic: Int32Array.from(facts, (f) => id(topicIds, f.topics[0])),
    day: Int32Array.from(facts, (f) => id(dayIds, f.date.slice(0, 10))),
    topics: 0,
    days: 0,
  };
  table.topics = topicIds.size;
  table.days = dayIds.size;
  tables.set(facts, table);
  return table;
}

/**
 * The most important facts of a period, shown in time order. On a busy day, importance decides which
 * five are shown; for "the first hours" the earliest by the clock come first.
 */
export function periodFacts(range: DateRange, ctx: EngineContext, allow: (f: Fact) => boolean): Fact[] {
  const t = periodTable(ctx);
  const all = ctx.chronological;
  // A fact spanning several days belongs to a single day's news only if it starts that day.
  const spans = ctx.spanning
    .filter((f) => inRange(f, range) && (range.from !== range.to || f.date.startsWith(range.from)))
    .map((f) => t.position.get(f) ?? 0)
    .sort((a, b) => a - b);
  // The period's facts in time order: its single days (already in order) merged with the spans.
  const [lo, hi] = dayBounds(range, ctx);
  const pool: number[] = [];
  const take = (p: number) => {
    if (allow(all[p] as Fact)) pool.push(p);
  };
  let s = 0;
  for (let k = lo; k < hi; k++) {
    const p = t.singleDay[k] as number;
    while (s < spans.length && (spans[s] as number) < p) take(spans[s++] as number);
    take(p);
  }
  while (s < spans.length) take(spans[s++] as number);
  if (range.firstHours) {
    const facts = pool.map((p) => all[p] as Fact);
    const timed = facts.filter((f) => f.time && f.date.slice(0, 10) === range.from);
    return (timed.length > 0 ? timed : facts).slice(0, LIMITS.items);
  }
  // Greedy, with diversity: each pick makes further facts of the same topic or day count for less, so a
  // busy day shows the toll, the arrests and the reactions rather than three toll updates.
  // Plain arrays: a typed array made per question is an ArrayBuffer each young collection has to sweep.
  const sameTopic: number[] = new Array<number>(t.topics).fill(0);
  const sameDay: number[] = new Array<number>(t.days).fill(0);
  const taken: boolean[] = new Array<boolean>(pool.length).fill(false);
  const oneDay = range.from === range.to;
  const picked: Fact[] = [];
  while (picked.length < LIMITS.items && picked.length < pool.length) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const p = pool[i] as number;
      const score = (t.weight[p] as number) * 0.5 ** (sameTopic[t.topic[p] as number] as number) * (oneDay ? 1 : 0.7 ** (sameDay[t.day[p] as number] as number));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    const p = pool[best] as number;
    taken[best] = true;
    picked.push(all[p] as Fact);
    const topic = t.topic[p] as number;
    const day = t.day[p] as number;
    sameTopic[topic] = (sameTopic[topic] as number) + 1;
    sameDay[day] = (sameDay[day] as number) + 1;
  }
  return picked;
}

/** Answers a question about a closed period ("what happened on 24 March", "the first hours"). */
export function dateAnswer(query: string, u: Understanding, ctx: EngineContext): Briefing {
  const range = u.range as DateRange;
  const narrowed = u.content.length + u.entities.length > 0 || u.topics.size > 0;
  if (narrowed) {
    const b = generalAnswer(query, u, ctx, { only: (f) => inRange(f, range) });
    if (b.answered) return { ...b, title: rangeTitle(range, ctx) };
    if (u.content.length + u.entities.length > 0) return b;
  }
  const allow = (f: Fact) => u.graphic || !f.graphic;
  const facts = periodFacts(range, ctx, allow);
  if (facts.length === 0) return abstain(query, { kind: 'no-date', label: ctx.messages.period(range.from, range.to, 'sentence') }, ctx, u.topics);
  const notes = leftOut(range, ctx, allow) ? [ctx.messages.notes.graphicLeftOut] : undefined;
  return compose({ query, title: rangeTitle(range, ctx), facts, chronological: true, dated: true, notes }, ctx);
}

/** Whether a fact of the period (any of its single days, or spanning into it) is one `allow` leaves out. */
function leftOut(range: DateRange, ctx: EngineContext, allow: (f: Fact) => boolean): boolean {
  const [lo, hi] = dayBounds(range, ctx);
  for (let k = lo; k < hi; k++) if (!allow(ctx.singleDay[k] as Fact)) return true;
  return ctx.spanning.some((f) => inRange(f, range) && !allow(f));
}
