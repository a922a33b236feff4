import type { EntityMatch, QueryToken } from '../search/entities.js';
import { termsOf } from '../search/fact-terms.js';
import type { Briefing, Fact } from '../types.js';
import { entityName } from '../in-language.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import { rank } from './rank.js';
import type { Understanding } from './understand.js';

/** Words for the event itself: "the attack in X" places it; "what happened in X" does not. */
const EVENT = new Set(termsOf('attack attacks shooting massacre rampage concert venue теракт нападение атака стрельба концерт'));

/**
 * "How did the Crocus attack in Saint Petersburg unfold?", "the attack happened in Belarus": a place the question
 * puts the event itself in, which is not where it happened (a place of the event's own frame, such as Krasnogorsk
 * or Moscow, is). `tokens` and `matches` are the question's, as `understand` read them.
 */
export function misplacedEvent(tokens: readonly QueryToken[], matches: readonly EntityMatch[], ctx: EngineContext): EntityMatch | undefined {
  return matches.find((m) => {
    const kind = ctx.resolver.get(m.ids[0] as string)?.kind;
    if ((kind !== 'place' && kind !== 'country') || m.ids.some((id) => ctx.frameEntityIds.has(id))) return false;
    const before = tokens[m.start - 1]?.raw;
    // Russian "в" is also "to" ("бежали в Украину"): only "теракт в X", the event right before it, places the event.
    if (before === 'в' || before === 'во') return EVENT.has(tokens[m.start - 2]?.term ?? '');
    if (before !== 'in' && before !== 'at') return false;
    // The event, its venue or its happening, right before "in": "the attack in", "Crocus City Hall in", "happened in".
    // Within the same clause: "the attack, which town in Tajikistan" asks about a town, not where the attack was.
    const inFrame = (j: number) => matches.some((o) => o !== m && o.ids.every((id) => ctx.frameEntityIds.has(id)) && j >= o.start && j < o.end);
    for (let j = m.start - 2; j >= Math.max(0, m.start - 4); j--) {
      const t = tokens[j] as QueryToken;
      if (/^(?:which|what|where|who|whom|when|whose|how)$/.test(t.raw)) return false;
      if (EVENT.has(t.term) || inFrame(j)) return true;
    }
    return false;
  });
}

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
