import { LIMITS } from '../limits.js';
import type { Briefing, Fact } from '../types.js';
import { abstain } from './abstain.js';
import { compose } from './compose.js';
import { byTime, type EngineContext } from './context.js';
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

/**
 * The most important facts of a period, shown in time order. On a busy day, importance decides which
 * five are shown; for "the first hours" the earliest by the clock come first.
 */
export function periodFacts(range: DateRange, ctx: EngineContext, allow: (f: Fact) => boolean): Fact[] {
  // A fact spanning several days belongs to a single day's news only if it starts that day.
  const spans = ctx.spanning.filter((f) => inRange(f, range) && (range.from !== range.to || f.date.startsWith(range.from)));
  const facts = [...factsIn(range, ctx), ...spans].filter(allow).sort(byTime);
  if (range.firstHours) {
    const timed = facts.filter((f) => f.time && f.date.slice(0, 10) === range.from);
    return (timed.length > 0 ? timed : facts).slice(0, LIMITS.items);
  }
  // A fact spanning weeks says less about one day than a fact of that day.
  const weight = (f: Fact) => ctx.prior(f.id) * (f.date.includes('/') ? 0.6 : 1);
  // Greedy, with diversity: each pick makes further facts of the same topic or day count for less, so a
  // busy day shows the toll, the arrests and the reactions rather than three toll updates.
  const picked: Fact[] = [];
  const pool = [...facts];
  while (picked.length < LIMITS.items && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    pool.forEach((f, i) => {
      const sameTopic = picked.filter((p) => p.topics[0] === f.topics[0]).length;
      const sameDay = picked.filter((p) => p.date.slice(0, 10) === f.date.slice(0, 10)).length;
      const score = weight(f) * 0.5 ** sameTopic * (range.from === range.to ? 1 : 0.7 ** sameDay);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    picked.push(...pool.splice(best, 1));
  }
  return picked.slice(0, LIMITS.items);
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
