import type { Briefing } from '../types.js';
import type { EngineContext } from './context.js';

/** What the bot covers: how many facts and sources, and the date of the newest source it cites. */
export function about(ctx: EngineContext): Briefing {
  const { facts, sources } = ctx.core;
  const cited = new Set(facts.flatMap((f) => f.sources));
  const dates = [...cited].map((id) => sources.get(id)?.date).filter((d): d is string => d !== undefined).sort();
  const newest = dates.at(-1);
  const lines = ctx.messages.about.lines(ctx.subject, facts.length, cited.size, newest);
  return { query: 'about', answered: true, title: ctx.messages.about.title, text: lines.join('\n'), items: [] };
}
