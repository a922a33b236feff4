import { overallSeries } from '../figure-series.js';
import { figureCitation } from '../cite.js';
import { formatNumber, formatShortDate } from '../dates.js';
import type { Fact, Figure, FigureKind } from '../types.js';
import type { EngineContext } from './context.js';

/** How a figure of each kind is said. `{n}` is the number with its qualifier. */
const PHRASES: Record<FigureKind, [one: string, many: string]> = {
  deaths: ['{n} person was killed', '{n} people were killed'],
  injured: ['{n} person was injured', '{n} people were injured'],
  missing: ['{n} person was reported missing', '{n} people were reported missing'],
  detained: ['{n} person was detained', '{n} people were detained'],
  charged: ['{n} person was charged', '{n} people were charged'],
  identified: ['{n} of the dead was identified', '{n} of the dead were identified'],
  'children-killed': ['{n} child was killed', '{n} children were killed'],
  'children-injured': ['{n} child was injured', '{n} children were injured'],
  evacuated: ['{n} person was evacuated', '{n} people were evacuated'],
  rescued: ['{n} person was rescued', '{n} people were rescued'],
  other: ['{n}', '{n}'],
};

/** Headings for figure answers. */
export const FIGURE_TITLES: Record<FigureKind, string> = {
  deaths: 'Death toll',
  injured: 'Injured',
  missing: 'Missing',
  detained: 'Detentions',
  charged: 'Charges',
  identified: 'Victims identified',
  'children-killed': 'Children killed',
  'children-injured': 'Children injured',
  evacuated: 'Evacuated',
  rescued: 'Rescued',
  other: 'Figures',
};

function amount(f: Figure): string {
  const n = formatNumber(f.value);
  return f.qualifier && f.qualifier !== 'exactly' ? `${f.qualifier} ${n}` : n;
}

/**
 * One sentence stating a figure with its as-of date and source.
 * @example figureSentence(fact, ctx) === 'At least 144 people were killed (as of 29 Mar 2024, AA).'
 */
export function figureSentence(fact: Fact, ctx: EngineContext): string {
  const f = fact.figure as Figure;
  if (f.kind === 'other') return `${fact.text} ${figureCitation(fact, ctx.core)}`;
  const [one, many] = PHRASES[f.kind];
  const s = (f.value === 1 ? one : many).replace('{n}', amount(f));
  return `${s.charAt(0).toUpperCase()}${s.slice(1)} ${figureCitation(fact, ctx.core)}.`;
}

/**
 * The facts that report the overall figure of a kind, oldest first. A toll only grows, so a smaller number
 * reported after a larger one is a partial count ("three citizens of Belarus were killed") and is left out,
 * as are counts about another country.
 */
export function headlineFigures(kind: FigureKind, ctx: EngineContext, allow: (f: Fact) => boolean): Fact[] {
  // ctx.figures lists are kept in as-of, then value, order.
  const allowed = (ctx.figures.get(kind) ?? []).filter(allow);
  // A count scoped to another country ("Turkey detained 147") is not the headline figure of the event.
  const unscoped = allowed.filter((f) => !f.entities.some((id) => ctx.resolver.get(id)?.kind === 'country' && !ctx.frameEntityIds.has(id)));
  return overallSeries(unscoped.length > 0 ? unscoped : allowed);
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

/** "The reported death toll went from 40 (22 Mar 2024) to 144 (29 Mar 2024): 40 → 60 → ... → 144." */
export function evolutionSentence(kind: FigureKind, chain: readonly Fact[]): string {
  const first = chain[0]?.figure as Figure;
  const last = chain.at(-1)?.figure as Figure;
  const label = FIGURE_TITLES[kind].toLowerCase();
  const steps = chain.map((f) => formatNumber((f.figure as Figure).value)).join(' → ');
  return `The reported figure (${label}) went from ${formatNumber(first.value)} (${formatShortDate(first.asOf)}) to ${formatNumber(last.value)} (${formatShortDate(last.asOf)}): ${steps}.`;
}
