import { formatLongDate, addDays } from '../dates.js';
import type { Topic } from '../types.js';
import type { EngineContext } from './context.js';

/**
 * Example questions offered on abstention. Each is offered only when the facts can answer it (a test checks
 * that every suggestion is answered), and those close to what was asked come first.
 */
const TEMPLATES: { topic?: Topic; when(ctx: EngineContext): boolean; text(ctx: EngineContext): string }[] = [
  { topic: 'casualties', when: (c) => (c.figures.get('deaths')?.length ?? 0) > 0, text: () => 'How many people were killed?' },
  { topic: 'responsibility', when: (c) => has(c, 'responsibility'), text: () => 'Who claimed responsibility for the attack?' },
  { topic: 'attack', when: (c) => has(c, 'attack'), text: (c) => `What happened on ${formatLongDate(c.anchor).replace(/ \d{4}$/, '')}?` },
  { topic: 'suspects', when: (c) => has(c, 'suspects'), text: () => 'Who were the suspects?' },
  { topic: 'investigation', when: (c) => has(c, 'investigation'), text: (c) => `What happened on ${formatLongDate(addDays(c.anchor, 2)).replace(/ \d{4}$/, '')}?` },
  { topic: 'ukraine-allegations', when: (c) => has(c, 'ukraine-allegations'), text: () => 'What did Russian officials claim about Ukraine?' },
  { topic: 'warnings', when: (c) => has(c, 'warnings'), text: () => 'Were there warnings before the attack?' },
  { topic: 'reactions', when: (c) => has(c, 'reactions'), text: () => 'How did other countries react?' },
];

function has(ctx: EngineContext, topic: Topic): boolean {
  return ctx.topicsPresent.has(topic);
}

/** Two or three questions the bot can answer, nearest to `topics` first. */
export function suggestions(ctx: EngineContext, topics: ReadonlySet<Topic> = new Set()): string[] {
  const usable = TEMPLATES.filter((t) => t.when(ctx));
  const near = usable.filter((t) => t.topic && topics.has(t.topic));
  const rest = usable.filter((t) => !near.includes(t));
  return [...near, ...rest].slice(0, 3).map((t) => t.text(ctx));
}
