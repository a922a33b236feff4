import type { Briefing, Fact, FigureKind } from '../types.js';
import { cmp } from '../dates.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import { rank } from './rank.js';
import { evolutionSentence, figureChain, figureSentence, latestFigure, thin } from './figures.js';
import { LIMITS } from '../limits.js';
import type { Understanding } from './understand.js';
import { namesSubject } from './word-weight.js';
import { OPEN_END } from './date-rules.js';

/**
 * Answers "how many" questions from typed figures: the latest value of each kind asked, with its as-of date,
 * or how the value changed when asked. Returns undefined when no figure fact fits, so the caller can fall
 * back to searching the text (and abstain if that finds nothing).
 */
export function figureAnswer(query: string, u: Understanding, ctx: EngineContext, numbers: readonly number[] = []): Briefing | undefined {
  const kinds: FigureKind[] = u.figureKinds.length > 0 ? u.figureKinds : ['deaths', 'injured'];
  const titles = ctx.messages.titles;
  const narrowed = u.content.length + u.entities.length > 0;
  // "the toll on 25 March", "as of 25 March": the figure as it stood then, the newest reported by that day.
  // A period open at its end ("since 28 March") sets no such bound.
  const fits = (f: Fact) =>
    (u.graphic || !f.graphic) && (!u.range || u.range.to === OPEN_END || (f.figure !== undefined && f.figure.asOf <= u.range.to));

  // "Who reported 62 dead?": the facts that state exactly that figure.
  const stated = numbers.length === 0 ? [] : kinds.flatMap((k) => ctx.figures.get(k) ?? []).filter((f) => fits(f) && numbers.includes(f.figure?.value ?? NaN));
  if (stated.length > 0) {
    // "Why did only 40 die?": an early figure is answered with who reported it and with the figure as it stands now.
    const kind = stated[0]?.figure?.kind ?? 'other';
    const latest = kind === 'other' ? undefined : latestFigure(kind, ctx, fits);
    const facts = latest && !stated.includes(latest) ? [...stated.slice(0, LIMITS.items - 1), latest] : stated.slice(0, LIMITS.items);
    return compose({ query, title: titles.figures[kind], facts, chronological: true, dated: true }, ctx);
  }

  // "How did the first toll compare with the final one?": the commonest words ("first", "one") narrow no series.
  const subjectless = !u.content.some(namesSubject) && u.entities.length === 0;
  if (u.evolution && subjectless) {
    const kind = kinds[0] as FigureKind;
    const chain = figureChain(kind, ctx, fits);
    if (chain.length >= 2) {
      return compose(
        { query, title: titles.overTime(titles.figures[kind]), lead: evolutionSentence(kind, chain, ctx), facts: thin(chain, LIMITS.items), chronological: true, dated: true },
        ctx,
      );
    }
  }

  // "The first reported death toll": the earliest figure of the kind.
  if (u.earliest && subjectless) {
    const first = figureChain(kinds[0] as FigureKind, ctx, fits)[0];
    if (first) return compose({ query, title: titles.figures[kinds[0] as FigureKind], lead: figureSentence(first, ctx), facts: [first], dated: true }, ctx);
  }

  const latest = kinds
    .map((k) => (narrowed ? pickCovered(k, u, ctx, fits) : latestFigure(k, ctx, fits)))
    .filter((f): f is Fact => f !== undefined);
  if (latest.length === 0) return undefined;
  return compose(
    {
      query,
      title: titles.figures[latest[0]?.figure?.kind ?? 'other'],
      lead: latest.map((f) => figureSentence(f, ctx)).join(' '),
      facts: latest,
    },
    ctx,
  );
}

/**
 * With extra words ("how many were detained in Tajikistan"), only figures that cover them will do: the
 * index finds the figure facts of the kind that cover every word, and the newest of them is the answer.
 */
function pickCovered(kind: FigureKind, u: Understanding, ctx: EngineContext, fits: (f: Fact) => boolean): Fact | undefined {
  const covered = rank(u, ctx, (f) => f.figure?.kind === kind && fits(f))
    .filter((c) => c.cov.covered === c.cov.required)
    .map((c) => c.fact);
  // "How many did Turkey detain on 26 March": a count of that day (147 in the day's raids) over a running total
  // that reached its value by then (more than 180 since the attack).
  const day = u.range && u.range.from === u.range.to ? u.range.from : undefined;
  const thatDay = day ? covered.filter((f) => f.date === day) : [];
  return (thatDay.length > 0 ? thatDay : covered)
    .sort((a, b) => cmp(a.figure?.asOf ?? '', b.figure?.asOf ?? '') || (a.figure?.value ?? 0) - (b.figure?.value ?? 0))
    .at(-1);
}
