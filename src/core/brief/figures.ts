import { seriesOfSorted } from '../figure-series.js';
import { figureCitation } from '../cite.js';
import { factText } from '../in-language.js';
import type { Fact, Figure, FigureKind } from '../types.js';
import type { EngineContext } from './context.js';
import { perFact } from './per-fact.js';

/**
 * One sentence stating a figure with its as-of date and source, in the context's language.
 * @example figureSentence(fact, ctx) === 'At least 144 people were killed (as of 29 Mar 2024, AA).'
 */
export function figureSentence(fact: Fact, ctx: EngineContext): string {
  const cite = figureCitation(fact, ctx.core, ctx.messages);
  const said = ctx.messages.figures.sentence(fact.figure as Figure);
  return said === undefined ? `${factText(fact, ctx.lang)} ${cite}` : `${said} ${cite}.`;
}

/**
 * The facts that report the overall figure of a kind, oldest first. A toll only grows, so a smaller number
 * reported after a larger one is a partial count ("three citizens of Belarus were killed") and is left out,
 * as are counts about another country.
 */
export function headlineFigures(kind: FigureKind, ctx: EngineContext, allow: (f: Fact) => boolean): Fact[] {
  // ctx.figures lists are kept in byAsOfThenValue order, which filtering keeps: no sort per question.
  const allowed: Fact[] = [];
  const unscoped: Fact[] = [];
  for (const f of ctx.figures.get(kind) ?? []) {
    if (!allow(f)) continue;
    allowed.push(f);
    if (!scopedToCountry(f, ctx)) unscoped.push(f);
  }
  return seriesOfSorted(unscoped.length > 0 ? unscoped : allowed);
}

/** A count scoped to another country ("Turkey detained 147") is not the headline figure of the event. Once per fact. */
const scoped = new WeakMap<ReadonlySet<string>, (f: Fact) => boolean>();
function scopedToCountry(f: Fact, ctx: EngineContext): boolean {
  let of = scoped.get(ctx.frameEntityIds);
  if (!of) scoped.set(ctx.frameEntityIds, (of = perFact((fact) => fact.entities.some((id) => ctx.resolver.get(id)?.kind === 'country' && !ctx.frameEntityIds.has(id)))));
  return of(f);
}

/** The latest of the headline figures: the current value. */
export function latestFigure(kind: FigureKind, ctx: EngineContext, allow: (f: Fact) => boolean): Fact | undefined {
  return headlineFigures(kind, ctx, allow).at(-1);
}

/** How a figure changed: one fact per distinct value, oldest first. */
export function figureChain(kind: FigureKind, ctx: EngineContext, allow: (f: Fact) => boolean): Fact[] {
  const chain: Fact[] = [];
  for (const f of headlineFigures(kind, ctx, allow)) {
    const last = chain.at(-1);
    if (last && (last.figure as Figure).value === (f.figure as Figure).value) continue;
    chain.push(f);
  }
  return chain;
}

/** At most `max` facts of a chain, evenly spread, always keeping the first and the last. */
export function thin<T>(chain: readonly T[], max: number): T[] {
  if (chain.length <= max) return [...chain];
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (chain.length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => chain[i] as T);
}

/** "The reported figure (death toll) went from 40 (22 Mar 2024) to 144 (29 Mar 2024): 40 → 60 → ... → 144." */
export function evolutionSentence(kind: FigureKind, chain: readonly Fact[], ctx: EngineContext): string {
  const first = chain[0]?.figure as Figure;
  const last = chain.at(-1)?.figure as Figure;
  const steps = chain.map((f) => (f.figure as Figure).value);
  return ctx.messages.figures.evolution(ctx.messages.titles.figures[kind], first, last, steps);
}
