import type { Fact, FactCore } from '../src/core/types.js';

/**
 * The baseline a MiniSearch index must beat: lower-case every fact once, then for each question scan every
 * fact and count the question's words it contains. No index, no stemming, no fuzzy matching.
 */
export function naiveSearcher(core: FactCore): (q: string) => Fact[] {
  const texts = core.facts.map((f) => f.text.toLowerCase());
  return (q) => {
    const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
    const scored: { i: number; s: number }[] = [];
    texts.forEach((t, i) => {
      let s = 0;
      for (const w of words) if (t.includes(w)) s++;
      if (s > 0) scored.push({ i, s });
    });
    return scored.sort((a, b) => b.s - a.s).slice(0, 5).map((x) => core.facts[x.i] as Fact);
  };
}
