import { entityName } from '../in-language.js';
import type { EngineContext } from './context.js';
import type { DateRange } from './date-query.js';
import { isOpenRange } from './date-query.js';
import type { Understanding } from './understand.js';

/** The name of the event itself, for headings. */
export function eventTitle(ctx: EngineContext): string {
  return ctx.messages.eventTitle(ctx.names);
}

/** "Timeline: 23 March 2024", "Timeline: 23 March 2024 – 25 March 2024". */
export function rangeTitle(r: DateRange, ctx: EngineContext): string {
  const t = ctx.messages.titles;
  return isOpenRange(r) ? t.timeline : t.timelineOf(ctx.messages.period(r.from, r.to, 'heading'));
}

/** A short heading: the first entity named, else the first topic asked about, else the event. */
export function titleFor(u: Understanding, ctx: EngineContext): string {
  const entity = u.entities[0] && ctx.resolver.get(u.entities[0].ids[0] as string);
  if (entity) return ctx.messages.titles.entity(entityName(entity, ctx.lang));
  const topic = [...u.topics][0];
  if (topic) return ctx.messages.titles.topics[topic];
  if (u.range && !isOpenRange(u.range)) return rangeTitle(u.range, ctx);
  return eventTitle(ctx);
}
