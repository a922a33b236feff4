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

/** Single-day facts within a closed range, found by binary search on the date-ordered list. */
function factsIn(range: DateRange, ctx: EngineContext): Fact[] {
  const list = ctx.singleDay;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Fact).date < range.from) lo = mid + 1;
    else hi = mid;
  }
  const out: Fact[] = [];
  for (let i = lo; i < list.length && (list[i] as Fact).date <= range.to; i++) out.push(list[i] as Fact);
  return out;
}

/** Each fact's place in time order (`byTime`), from the context's chronological list, made once per list. */
const orders = new WeakMap<readonly Fact[], ReadonlyMap<Fact, number>>();
function timeOrder(ctx: EngineContext): ReadonlyMap<Fact, number> {
  let order = orders.get(ctx.chronological);
  if (!order) orders.set(ctx.chronological, (order = new Map(ctx.chronological.map((f, i) => [f, i]))));
  return order;
}

/**
 * The most important facts of a period, shown in time order. On a busy day, importance decides which
 * five are shown; for "the first hours" the earliest by the clock come first.
 */
export function periodFacts(range: DateRange, ctx: EngineContext, allow: (f: Fact) => boolean): Fact[] {
  // A fact spanning several days belongs to a single day's news only if it starts that day.
  const spans = ctx.spanning.filter((f) => inRange(f, range) && (range.from !== range.to || f.date.startsWith(range.from)));
  const order = timeOrder(ctx);
  const facts = [...factsIn(range, ctx), ...spans].filter(allow).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  if (range.firstHours) {
    const timed = facts.filter((f) => f.time && f.date.slice(0, 10) === range.from);
    return (timed.length > 0 ? timed : facts).slice(0, LIMITS.items);
  }
  // A fact spanning weeks says less about one day than a fact of that day.
  const weight = facts.map((f) => ctx.prior(f.id) * (f.date.includes('/') ? 0.6 : 1));
  const day = facts.map((f) => f.date.slice(0, 10));
  // Greedy, with diversity: each pick makes further facts of the same topic or day count for less, so a
  // busy day shows the toll, the arrests and the reactions rather than three toll updates.
  const sameTopic = new Map<string | undefined, number>();
  const sameDay = new Map<string, number>();
  const taken = new Uint8Array(facts.length);
  const picked: Fact[] = [];
  while (picked.length < LIMITS.items && picked.length < facts.length) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < facts.length; i++) {
      if (taken[i]) continue;
      const topic = sameTopic.get((facts[i] as Fact).topics[0]) ?? 0;
      const dayCount = sameDay.get(day[i] as string) ?? 0;
      const score = (weight[i] as number) * 0.5 ** topic * (range.from === range.to ? 1 : 0.7 ** dayCount);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    const f = facts[best] as Fact;
    taken[best] = 1;
    picked.push(f);
    sameTopic.set(f.topics[0], (sameTopic.get(f.topics[0]) ?? 0) + 1);
    sameDay.set(day[best] as string, (sameDay.get(day[best] as string) ?? 0) + 1);
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
  const notes = [...factsIn(range, ctx), ...ctx.spanning.filter((f) => inRange(f, range))].some((f) => !allow(f))
    ? [ctx.messages.notes.graphicLeftOut]
    : undefined;
  return compose({ query, title: rangeTitle(range, ctx), facts, chronological: true, dated: true, notes }, ctx);
}
