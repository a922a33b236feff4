import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDigest, DIGEST_LIMITS } from '../../src/core/digest.js';
import type { Fact } from '../../src/core/types.js';
import { BASE_FACTS, digestCore, digestFact } from '../fixtures/digest-core.js';

const extraFact = fc
  .record({
    n: fc.integer({ min: 0, max: 999 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 3, max: 12 }),
    text: fc.string({ minLength: 20, maxLength: 280 }),
    graphic: fc.boolean(),
  })
  .map(({ n, day, month, text, graphic }): Fact =>
    digestFact({ id: `extra-${n}`, text, date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, graphic }),
  );

const scenario = fc.record({
  before: fc.subarray([...BASE_FACTS]),
  extras: fc.uniqueArray(extraFact, { selector: (f) => f.id, maxLength: 40 }),
  revise: fc.subarray(BASE_FACTS.map((f) => f.id)),
  first: fc.boolean(),
  now: fc.date({ min: new Date('2024-03-22T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
  timeZone: fc.constantFrom('UTC', 'Europe/Moscow', 'Europe/London', 'America/New_York', 'Asia/Tokyo'),
});

describe('buildDigest invariants', () => {
  it('stays short and sourced, never shows a graphic fact or a fact twice, and is unchanged exactly when nothing is new', () => {
    fc.assert(
      fc.property(scenario, ({ before, extras, revise, first, now, timeZone }) => {
        const earlier = buildDigest(digestCore(before), undefined, now, { timeZone });
        const facts = [...BASE_FACTS.map((f) => (revise.includes(f.id) ? { ...f, text: `${f.text} (updated)` } : f)), ...extras];
        const last = first ? undefined : { at: now, hashes: earlier.hashes };
        const digest = buildDigest(digestCore(facts), last, now, { timeZone });

        const items = digest.sections.flatMap((s) => s.items);
        expect(digest.text.length).toBeLessThanOrEqual(DIGEST_LIMITS.text);
        expect(items.length).toBeLessThanOrEqual(DIGEST_LIMITS.items);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        for (const item of items) {
          expect(item.sources.length).toBeGreaterThan(0);
          expect(facts.find((f) => f.id === item.id)?.graphic).toBe(false);
        }
        const changed = facts.some((f) => !f.graphic && earlier.hashes[f.id] !== digest.hashes[f.id]);
        expect(digest.unchanged).toBe(!first && !changed);
        if (digest.unchanged) expect(digest.sections).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
