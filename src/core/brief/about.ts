import { formatLongDate } from '../dates.js';
import type { Briefing } from '../types.js';
import type { EngineContext } from './context.js';

/** What the bot covers: how many facts and sources, and the date of the newest source it cites. */
export function about(ctx: EngineContext): Briefing {
  const { facts, sources } = ctx.core;
  const cited = new Set(facts.flatMap((f) => f.sources));
  const dates = [...cited].map((id) => sources.get(id)?.date).filter((d): d is string => d !== undefined).sort();
  const newest = dates.at(-1);
  const lines = [
    `I give short, sourced briefings about ${ctx.subject} and what followed.`,
    `I know ${facts.length} curated facts citing ${cited.size} sources${newest ? `; the newest source is dated ${formatLongDate(newest)}` : ''}.`,
    'Every answer names its sources. When no fact answers a question I say so instead of guessing, and graphic detail is left out unless you ask for it.',
  ];
  return { query: 'about', answered: true, title: 'About this bot', text: lines.join('\n'), items: [] };
}
