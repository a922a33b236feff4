import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { LIMITS } from '../../src/core/limits.js';
import type { Briefing } from '../../src/core/types.js';
import { miniCore } from '../fixtures/mini-core.js';

const engine = createEngine(miniCore());

function checkLimits(b: Briefing): void {
  expect(typeof b.answered).toBe('boolean');
  expect(b.text.length).toBeLessThanOrEqual(LIMITS.text);
  expect(b.text.length).toBeGreaterThan(0);
  expect(b.items.length).toBeLessThanOrEqual(LIMITS.items);
  for (const item of b.items) {
    expect(item.sources.length).toBeGreaterThan(0);
    for (const s of item.sources) expect(s.outlet && s.date).toBeTruthy();
  }
  if (!b.answered) expect(b.items).toEqual([]);
}

// Words the engine knows, so generated questions reach every route, not just abstention.
const WORDS = ['how', 'many', 'killed', 'toll', 'Ukraine', 'Putin', 'Мирзоев', 'video', 'graphic', 'on', '23', 'March', '24/03', 'timeline',
  'who', 'claimed', 'IS-KP', 'the', 'day', 'after', 'attack', 'fire', 'roof', 'change', 'Bataclan', 'injured', 'latest', 'ISIS', 'court'];

describe('briefing invariants (property)', () => {
  it('any unicode string up to 10 kB gives a briefing within limits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 10_000 }), (q) => checkLimits(engine.brief(q))),
      { numRuns: 300 },
    );
  });

  it('every item of every briefing has a source, whatever mix of known words is asked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (words) => checkLimits(engine.brief(words.join(' ')))),
      { numRuns: 500 },
    );
  });

  it('timeline and sources never break on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        checkLimits(engine.timeline(s));
        checkLimits(engine.sources(s));
      }),
      { numRuns: 200 },
    );
  });

  it('the question is capped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 501, maxLength: 3000 }), (q) => {
        expect(Array.from(engine.brief(q).query).length).toBeLessThanOrEqual(LIMITS.query);
      }),
      { numRuns: 50 },
    );
  });
});
