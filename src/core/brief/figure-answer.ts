import type { Briefing, Fact, FigureKind } from '../types.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';
import { coverage } from './coverage.js';
import { evolutionSentence, FIGURE_TITLES, figureChain, figureSentence, latestFigure, thin } from './figures.js';
import { LIMITS } from '../limits.js';
import type { Understanding } from './understand.js';

/**
 * Answers "how many" questions from typed figures: the latest value of each kind asked, with its as-of date,
 * or how the value changed when asked. Returns undefined when no figure fact fits, so the caller can fall
 * back to searching the text (and abstain if that finds nothing).
 */
export function figureAnswer(query: string, u: Understanding, ctx: EngineContext): Briefing | undefined {
  const kinds: FigureKind[] = u.figureKinds.length > 0 ? u.figureKinds : ['deaths', 'injured'];
  const allowed = (f: Fact) => u.graphic || !f.graphic;
  const narrowed = u.content.length + u.entities.length > 0;
  // With extra words ("how many were detained in Tajikistan"), only figures that cover them will do.
  const fits = (f: Fact) => {
    if (!allowed(f)) return false;
    if (!narrowed) return true;
    const c = coverage(f, u, ctx);
    return c.covered === c.required;
  };

  if (u.evolution) {
    const kind = kinds[0] as FigureKind;
    const chain = figureChain(kind, ctx, fits);
    if (chain.length >= 2) {
      return compose(
        { query, title: `${FIGURE_TITLES[kind]} over time`, lead: evolutionSentence(kind, chain), facts: thin(chain, LIMITS.items), chronological: true, dated: true },
        ctx,
      );
    }
  }

  const latest = kinds
    .map((k) => (narrowed ? pickCovered(k, ctx, fits) : latestFigure(k, ctx, fits)))
    .filter((f): f is Fact => f !== undefined);
  if (latest.length === 0) return undefined;
  return compose(
    {
      query,
      title: FIGURE_TITLES[latest[0]?.figure?.kind ?? 'other'],
      lead: latest.map((f) => figureSentence(f, ctx)).join(' '),
      facts: latest,
    },
    ctx,
  );
}

/** The newest figure of a kind among those that cover the question's extra words. */
function pickCovered(kind: FigureKind, ctx: EngineContext, fits: (f: Fact) => boolean): Fact | undefined {
  return (ctx.figures.get(kind) ?? [])
    .filter(fits)
    .sort((a, b) => (a.figure?.asOf ?? '').localeCompare(b.figure?.asOf ?? '') || (a.figure?.value ?? 0) - (b.figure?.value ?? 0))
    .at(-1);
}
