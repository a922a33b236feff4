import type { Briefing, Fact, Topic } from '../types.js';
import { cmp } from '../dates.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import { latestFigure } from './figures.js';
import { eventTitle } from './titles.js';

/** The parts of the story an overview touches, in order. */
const OUTLINE: Topic[] = ['attack', 'casualties', 'responsibility', 'suspects', 'investigation'];

/**
 * "What happened?": one fact per part of the story (the attack, the toll, the claim, the suspects, the
 * charges), each the most important of its part, shown in time order. Contested and graphic facts are left
 * to questions that ask for them.
 */
export function overview(query: string, ctx: EngineContext): Briefing {
  let picked = cache.get(ctx.core);
  if (!picked) {
    picked = outline(ctx);
    cache.set(ctx.core, picked);
  }
  return compose({ query, title: eventTitle(ctx), facts: picked, chronological: true, dated: true }, ctx);
}

/** The outline depends only on the facts, so it is worked out once per fact core, for every language. */
const cache = new WeakMap<EngineContext['core'], Fact[]>();

/** Works the outline out ahead of the first question (it reads every fact). */
export function prepareOverview(ctx: EngineContext): void {
  if (!cache.has(ctx.core)) cache.set(ctx.core, outline(ctx));
}

function outline(ctx: EngineContext): Fact[] {
  // Importance, less a little for each day away from the attack: an overview is about the event itself.
  const anchor = Date.parse(ctx.anchor);
  const weight = (f: Fact) => ctx.prior(f.id) - 0.02 * Math.min(30, Math.abs(Date.parse(f.date.slice(0, 10)) - anchor) / 86_400_000);
  const plain = (f: Fact) => !f.graphic && !f.contested && !f.topics.includes('background');
  const picked: Fact[] = [];
  for (const topic of OUTLINE) {
    let best: Fact | undefined;
    if (topic === 'casualties') best = latestFigure('deaths', ctx, plain);
    // Editors mark the key fact of a part of the story; it leads that part (it may also be background).
    if (!best) best = ctx.core.facts.find((f) => f.key && f.topics.includes(topic) && !f.graphic && !f.contested && !picked.includes(f));
    if (!best) {
      const pool = ctx.core.facts.filter((f) => f.topics[0] === topic && plain(f) && !picked.includes(f));
      const first = pool.length > 0 ? pool : ctx.core.facts.filter((f) => f.topics.includes(topic) && plain(f) && !picked.includes(f));
      best = first.sort((a, b) => weight(b) - weight(a) || cmp(a.date, b.date))[0];
    }
    if (best) picked.push(best);
  }
  return picked;
}

/** "What is the latest?": the newest facts, most important first within a day, shown newest first. */
export function newest(query: string, ctx: EngineContext): Briefing {
  const plain = ctx.singleDay.filter((f) => !f.graphic && !f.topics.includes('background'));
  const facts: Fact[] = [];
  for (let i = plain.length - 1; i >= 0 && facts.length < 12; i--) facts.push(plain[i] as Fact);
  const picked = facts.sort((a, b) => cmp(b.date, a.date) || ctx.prior(b.id) - ctx.prior(a.id)).slice(0, 5);
  return compose({ query, title: ctx.messages.titles.latest, facts: picked, dated: true }, ctx);
}
