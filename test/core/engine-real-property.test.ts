import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { LIMITS } from '../../src/core/limits.js';
import { loadFactCore } from '../../src/core/load.js';
import { termsOf } from '../../src/core/search/fact-terms.js';

const core = loadFactCore('facts');
const engine = createEngine(core);
// Words of the real facts and a few cue words, so generated questions reach every route on real data.
const words = [...new Set(core.facts.flatMap((f) => f.text.split(/\s+/)))].slice(0, 3000);
const cues = ['how many', 'timeline', 'graphic', 'when', 'who is', 'latest', 'how did the toll change', 'on 24 March', 'the day after the attack'];
// Index terms that only graphic facts have: a question using one names a detail only they report, so asks for it.
const termsIn = (fs: typeof core.facts) => new Set(fs.flatMap((f) => termsOf(`${f.text} ${f.ru}`)));
const plainTerms = termsIn(core.facts.filter((f) => !f.graphic));
const graphicOnly = [...termsIn(core.facts.filter((f) => f.graphic))].filter((t) => !plainTerms.has(t));

describe('briefing invariants on the real facts (property)', () => {
  it('every item has a source, items and text stay within limits, a claim never comes without its counter-claim', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...cues), { minLength: 1, maxLength: 10 }), (parts) => {
        const b = engine.brief(parts.join(' '));
        expect(b.items.length).toBeLessThanOrEqual(LIMITS.items);
        expect(b.text.length).toBeLessThanOrEqual(LIMITS.text);
        for (const item of b.items) expect(item.sources.length).toBeGreaterThan(0);
        const shown = new Set(b.items.map((i) => i.id));
        for (const item of b.items) {
          const fact = core.factsById.get(item.id);
          if (fact?.contested) expect(fact.counterClaims.some((c) => shown.has(c)), item.id).toBe(true);
          if (item.graphic && !termsOf(parts.join(' ')).some((t) => graphicOnly.includes(t))) {
            expect(parts.join(' ')).toMatch(/graphic|video|footage|ear|throat|tortur|cut off|genital|electric|beheading|mutilat|gore|explicit|uncensored|disturbing|gruesome/i);
          }
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });
});
