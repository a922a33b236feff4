import { addDays } from '../dates.js';
import type { Topic } from '../types.js';
import type { EngineContext } from './context.js';

/**
 * Example questions offered on abstention. Each is offered only when the facts can answer it (a test checks
 * that every suggestion is answered), and those close to what was asked come first.
 */
const TEMPLATES: { topic?: Topic; when(ctx: EngineContext): boolean; text(ctx: EngineContext): string }[] = [
  { topic: 'casualties', when: (c) => (c.figures.get('deaths')?.length ?? 0) > 0, text: (c) => c.messages.suggest.toll },
  { topic: 'responsibility', when: (c) => has(c, 'responsibility'), text: (c) => c.messages.suggest.claim },
  { topic: 'attack', when: (c) => has(c, 'attack'), text: (c) => c.messages.suggest.day(c.messages.dayMonth(c.anchor)) },
  { topic: 'suspects', when: (c) => has(c, 'suspects'), text: (c) => c.messages.suggest.suspects },
  { topic: 'investigation', when: (c) => has(c, 'investigation'), text: (c) => c.messages.suggest.day(c.messages.dayMonth(addDays(c.anchor, 2))) },
  { topic: 'ukraine-allegations', when: (c) => has(c, 'ukraine-allegations'), text: (c) => c.messages.suggest.ukraine },
  { topic: 'warnings', when: (c) => has(c, 'warnings'), text: (c) => c.messages.suggest.warnings },
  { topic: 'reactions', when: (c) => has(c, 'reactions'), text: (c) => c.messages.suggest.reactions },
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
