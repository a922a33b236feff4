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
  let picked = cache.get(ctx);
  if (!picked) {
    picked = outline(ctx);
    cache.set(ctx, picked);
  }
  return compose({ query, title: eventTitle(ctx), facts: picked, chronological: true, dated: true }, ctx);
}

/** The outline depends only on the facts, so it is worked out once per engine. */
const cache = new WeakMap<EngineContext, Fact[]>();

/** Works the outline out ahead of the first question (it reads every fact). */
export function prepareOverview(ctx: EngineContext): void {
  if (!cache.has(ctx)) cache.set(ctx, outline(ctx));
}

function outline(ctx: EngineContext): Fact[] {
  const plain = (f: Fact) => !f.graphic && !f.contested && !f.topics.includes('background');
  const picked: Fact[] = [];
  for (const topic of OUTLINE) {
    let best: Fact | undefined;
    if (topic === 'casualties') best = latestFigure('deaths', ctx, plain);
    if (!best) {
      const pool = ctx.core.facts.filter((f) => f.topics[0] === topic && plain(f) && !picked.includes(f));
      const first = pool.length > 0 ? pool : ctx.core.facts.filter((f) => f.topics.includes(topic) && plain(f) && !picked.includes(f));
      best = first.sort((a, b) => ctx.prior(b.id) - ctx.prior(a.id) || cmp(a.date, b.date))[0];
    }
    if (best) picked.push(best);
  }
  return picked;
}
