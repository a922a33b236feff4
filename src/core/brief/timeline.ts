import type { Briefing, Fact } from '../types.js';
import { abstain } from './abstain.js';
import { answer } from './answer.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import { periodFacts } from './date-answer.js';
import { findDates } from './date-query.js';
import { eventTitle } from './titles.js';

/**
 * The key moments of the whole story: the most important facts from the attack day on, spread over days
 * and topics (see periodFacts), in time order. Background, graphic and contested facts are left to
 * questions that ask for them.
 */
function wholeTimeline(ctx: EngineContext): Briefing {
  const plain = (f: Fact) => !f.graphic && !f.contested && !f.topics.includes('background');
  const last = ctx.chronological.at(-1)?.date.slice(0, 10) ?? ctx.anchor;
  const picked = periodFacts({ from: ctx.anchor, to: last < ctx.anchor ? ctx.anchor : last }, ctx, plain);
  if (picked.length === 0) return abstain('timeline', { kind: 'no-match' }, ctx);
  return compose({ query: 'timeline', title: ctx.messages.titles.timelineOf(eventTitle(ctx)), facts: picked, chronological: true, dated: true }, ctx);
}

/**
 * `timeline [date]`: the whole story, or one day or period as people type it ("23 March", "March 23rd",
 * "23/03", "2024-03-23", "the day after the attack"). Text that is not a date is read as a question about
 * the timeline of that subject.
 */
export function timeline(date: string | undefined, ctx: EngineContext): Briefing {
  const text = (date ?? '').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return wholeTimeline(ctx);
  const { range } = findDates(text.toLowerCase(), ctx.anchor);
  if (range) return answer(`what happened ${text}`, ctx);
  if (/\d/.test(text) && !/\p{L}{3,}/u.test(text)) return abstain(text, { kind: 'bad-date', text: text.slice(0, 80) }, ctx);
  return answer(`timeline of ${text}`, ctx);
}
