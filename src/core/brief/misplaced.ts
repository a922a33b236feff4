import type { EntityMatch } from '../search/entities.js';
import { termsOf } from '../search/fact-terms.js';
import type { Briefing, Fact } from '../types.js';
import { entityName } from '../in-language.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import { rank } from './rank.js';
import type { Understanding } from './understand.js';

/**
 * The answer to a question that puts the event in the wrong place: where the sources say it happened first, then
 * the answer to the rest of the question (`rest`), with a note naming the place no source supports.
 */
export function correctPlace(query: string, u: Understanding, place: EntityMatch, rest: Briefing, ctx: EngineContext): Briefing {
  const frame = [...ctx.frameEntityIds];
  const where: Understanding = { ...u, entities: [], content: [], topics: new Set(['venue']), place: true, search: new Map(frame.flatMap((id) => termsOf(ctx.resolver.get(id)?.name ?? '').map((t): [string, number] => [t, 1]))) };
  const located = rank(where, ctx, (f) => f.topics.includes('venue') && f.entities.some((e) => frame.includes(e) && ['place', 'country'].includes(ctx.resolver.get(e)?.kind ?? '')))
    .map((c) => c.fact)
    .slice(0, 1);
  const shown = rest.answered ? rest.items.map((i) => ctx.core.factsById.get(i.id)).filter((f): f is Fact => f !== undefined && !located.includes(f)) : [];
  const entity = ctx.resolver.get(place.ids[0] as string);
  const name = entity ? entityName(entity, ctx.lang) : '';
  const m = ctx.messages.notes;
  return compose({ query, title: rest.title ?? '', facts: [...located, ...shown], notes: [m.unsupported([m.quote(name)]), ...(rest.notes ?? [])] }, ctx);
}
