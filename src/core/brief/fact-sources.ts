import { factText } from '../in-language.js';
import { editDistance } from '../search/fuzzy.js';
import type { Briefing } from '../types.js';
import { abstain } from './abstain.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';

/** Fact ids within a few edits of a mistyped one, to offer in a note. */
function nearIds(id: string, ctx: EngineContext): string[] {
  return ctx.core.facts
    .map((f) => ({ id: f.id, d: editDistance(id, f.id, 3) }))
    .filter((x) => x.d <= 3)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.id);
}

/** `sources <fact-id>`: one fact with the full citation of every source it rests on, and the article passages behind it. */
export function factSources(rawId: string, ctx: EngineContext): Briefing {
  const id = rawId.trim().toLowerCase().slice(0, 200);
  const fact = ctx.core.factsById.get(id);
  if (!fact) {
    const near = id ? nearIds(id, ctx) : [];
    return abstain(id, { kind: 'unknown-fact', id }, ctx, undefined, near.length ? [ctx.messages.notes.didYouMean(near)] : undefined);
  }
  const m = ctx.messages;
  const b = compose({ query: id, title: m.titles.sourcesOf(fact.id), facts: [fact], graphic: true }, ctx);
  const refs = fact.sources.map((sid) => ctx.core.sources.get(sid)).filter((s) => s !== undefined);
  const list = refs.map((s) => m.sources.line(s.outlet, s.title, s.date, m.sources.basis[s.dateBasis]));
  const items = b.items.slice(0, 1);
  const evidence = fact.evidence?.length ? [m.sources.evidence(fact.evidence)] : [];
  return { ...b, items, text: [factText(fact, ctx.lang), m.sources.heading, ...list, ...evidence].join('\n').slice(0, 1800) };
}
