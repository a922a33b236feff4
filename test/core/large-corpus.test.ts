import { describe, expect, it } from 'vitest';
import { syntheticCore } from '../../bench/synthetic.js';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import { buildFactIndex, SMALL_CORPUS } from '../../src/core/search/search-index.js';

// The real facts among 6,000 synthetic ones (real vocabulary mixed with invented words and people): above
// SMALL_CORPUS, so questions are ranked over the posting lists, not by MiniSearch.
const real = loadFactCore('facts');
const big = syntheticCore(6000, real);
const engine = createEngine(big);
const small = createEngine(real);

describe('a corpus above SMALL_CORPUS (posting-list ranking)', () => {
  it('is large enough to take that path', () => {
    expect(big.facts.length).toBeGreaterThan(SMALL_CORPUS);
  });

  it('still finds the real facts a question names among the synthetic ones', () => {
    expect(engine.brief('who said "death for death"').items[0]?.id).toBe('uc-medvedev-death-for-death');
    const fariduni = engine.brief('Who is Shamsidin Fariduni?').items.map((i) => i.id);
    expect(fariduni.length).toBeGreaterThan(2);
    for (const id of fariduni) expect(id).toMatch(/^fariduni-/);
  });

  it('answers a question about a day with the same facts: the real facts of the day outweigh the synthetic ones', () => {
    const asked = 'what happened on 23 March?';
    expect(big.facts.filter((f) => f.id.startsWith('synthetic') && f.date === '2024-03-23').length).toBeGreaterThan(0);
    expect(engine.brief(asked).items.map((i) => i.id)).toEqual(small.brief(asked).items.map((i) => i.id));
  });

  it('makes its MiniSearch index only when asked for it, and then it holds every fact', () => {
    const index = buildFactIndex(big);
    expect(index.mini.documentCount).toBe(big.facts.length);
    expect(index.mini.search('fariduni', { fields: ['names'] }).length).toBeGreaterThan(0);
  });
});
