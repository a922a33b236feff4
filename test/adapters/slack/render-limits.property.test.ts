import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBriefing, renderDigest } from '../../../src/adapters/slack/render-reply.js';
import type { Briefing, BriefingItem, Digest } from '../../../src/core/types.js';
import { blockProblems, pingsIn } from '../../fakes/slack-block-limits.js';

// Text heavy in the characters that matter: escapes grow them fivefold.
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: fc.constantFrom('&', '<', '>', '!', '@', 'channel', ' ', 'a'), maxLength }),
  );

const item: fc.Arbitrary<BriefingItem> = fc.record({
  id: text(60),
  text: text(4000),
  date: fc.constantFrom('2024-03-22', '2024-03-22/2024-03-24', ''),
  sources: fc.array(fc.record({ id: text(20), outlet: text(200), title: text(50), date: fc.constantFrom('2024-03-23', 'x') }), { maxLength: 30 }),
  contested: fc.boolean(),
  graphic: fc.boolean(),
});

const briefing: fc.Arbitrary<Briefing> = fc.record({
  query: text(3000),
  answered: fc.boolean(),
  text: text(5000),
  items: fc.array(item, { maxLength: 40 }),
  title: fc.option(text(500), { nil: undefined }),
  suggestions: fc.option(fc.array(text(400), { maxLength: 20 }), { nil: undefined }),
  notes: fc.option(fc.array(text(800), { maxLength: 10 }), { nil: undefined }),
});

const digest: fc.Arbitrary<Digest> = fc.record({
  title: text(500),
  text: text(5000),
  sections: fc.array(fc.record({ heading: text(300), items: fc.array(item, { maxLength: 30 }) }), { maxLength: 6 }),
  unchanged: fc.boolean(),
  hashes: fc.constant({}),
});

const extras = fc.record({ shareValue: fc.option(text(2500), { nil: undefined }), sharedBy: fc.option(text(300), { nil: undefined }) });

describe('every rendering stays inside Slack’s limits', () => {
  it('any briefing: at most 50 blocks, sections and context lines within 3,000 characters, nothing that pings', () => {
    fc.assert(
      fc.property(briefing, extras, (b, x) => {
        const m = renderBriefing(b, x);
        expect(blockProblems(m)).toEqual([]);
        expect(m.text.length).toBeLessThanOrEqual(3000);
        expect(pingsIn(m)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('any digest: the same limits', () => {
    fc.assert(
      fc.property(digest, (d) => {
        const m = renderDigest(d);
        expect(blockProblems(m)).toEqual([]);
        expect(m.text.length).toBeLessThanOrEqual(3000);
        expect(pingsIn(m)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
