import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactCore } from '../../src/core/load.js';
import { buildFactIndex } from '../../src/core/search/search-index.js';

const core = loadFactCore('facts');
const index = buildFactIndex(core);
// Terms the facts use in each language's text (so most draws find something), plus a few no fact has.
const english = [...new Set(core.facts.flatMap((f) => index.contentTerms(f.id)))].slice(0, 400);
const russian = [...new Set(core.facts.flatMap((f) => index.terms(f.id, true)).filter((t) => /\p{Script=Cyrillic}/u.test(t)))].slice(0, 400);
const absent = ['zzqx', 'qqqq', 'xylophon'];

/** The same query put to MiniSearch in one call, as the engine did before it summed memoised term scores. */
function oneQuery(terms: string[], boosts: Map<string, number>, russianText: boolean, docBoost: (i: number) => number) {
  return index.mini
    .search(terms.join(' '), {
      boostTerm: (t) => boosts.get(t) ?? 1,
      boostDocument: (_id, _term, stored) => docBoost(stored?.i as number),
      fuzzy: false,
      prefix: false,
      combineWith: 'OR',
      fields: russianText ? ['ru', 'names', 'topics', 'outlets'] : ['text', 'names', 'topics', 'outlets'],
    })
    .map((r) => ({ i: r.i as number, score: r.score }));
}

describe('FactIndex.search', () => {
  it('ranks as one MiniSearch query of all the terms with the same term and fact boosts (property, real facts)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.constantFrom(0.3, 0.35, 0.45, 0.5, 0.7, 1), { minLength: 20, maxLength: 20 }),
        fc.integer({ min: 1, max: 97 }),
        (russianText, picks, weights, seed) => {
          const pool = [...(russianText ? russian : english), ...absent];
          const terms = [...new Set(picks.map((p) => pool[p % pool.length] as string))];
          const boosts = new Map(terms.map((t, k) => [t, weights[k] as number]));
          // Some facts left out (boost 0), the rest boosted by a fixed pseudo-random factor.
          const docBoost = (i: number) => ((i * seed) % 7 === 0 ? 0 : 0.5 + ((i * seed) % 5) / 2);
          const expected = oneQuery(terms, boosts, russianText, docBoost).slice(0, 60);
          const got = index.search(terms, (t) => boosts.get(t) ?? 1, russianText, docBoost, 60);
          expect(got.map((h) => h.i)).toEqual(expected.map((h) => h.i));
          got.forEach((h, k) => expect(h.score).toBeCloseTo((expected[k] as { score: number }).score, 9));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds nothing for terms no fact has, and leaves out every fact whose boost is 0', () => {
    expect(index.search(absent, () => 1, false, () => 1, 60)).toEqual([]);
    expect(index.search(english.slice(0, 10), () => 1, false, () => 0, 60)).toEqual([]);
    const hits = index.search(english.slice(0, 10), () => 1, false, (i) => (i % 2 === 0 ? 1 : 0), 5);
    expect(hits.length).toBe(5);
    for (const h of hits) expect(h.i % 2).toBe(0);
  });
});
