import { describe, expect, it } from 'vitest';
import { buildDigest, type LastDelivery } from '../../src/core/digest.js';
import type { Digest } from '../../src/core/types.js';
import { BASE_FACTS, digestCore, digestFact, reviseFact } from '../fixtures/digest-core.js';

const MOSCOW = { timeZone: 'Europe/Moscow' };
const JUNE = new Date('2025-06-01T06:00:00Z');

function ids(digest: Digest): Record<string, string[]> {
  return Object.fromEntries(digest.sections.map((s) => [s.heading, s.items.map((i) => i.id)]));
}

function delivered(digest: Digest, at = JUNE): LastDelivery {
  return { at, hashes: digest.hashes };
}

describe('buildDigest', () => {
  it("opens a channel's digests with a short overview: key figures and a few key facts", () => {
    const digest = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    expect(digest.title).toBe('Crocus City Hall attack: overview');
    expect(digest.unchanged).toBe(false);
    expect(ids(digest)).toEqual({
      'Key figures': ['toll-144', 'injured-551'],
      'Key facts': ['gunmen-opened-fire', 'hall-set-on-fire', 'is-claimed', 'four-arrested'],
    });
    expect(digest.text).toContain('Key figures: at least 144 killed (as of 29 Mar 2024, Anadolu Agency); 551 injured (as of 29 Mar 2024, Anadolu Agency).');
  });

  it('picks for the overview well-sourced facts mainly about each topic, from the attack day on', () => {
    const extra = [
      digestFact({ id: 'is-threat-2023', text: 'IS-KP had threatened Russia in its propaganda for two years.', date: '2023-06-01', topics: ['responsibility'] }),
      digestFact({ id: 'analyst-comment', text: 'An analyst said the claim fitted IS-KP\'s pattern of attacks.', date: '2024-03-22', topics: ['reactions', 'responsibility'] }),
      digestFact({ id: 'amaq-claim', text: 'The claim was posted by the Amaq agency on Telegram.', date: '2024-03-22', topics: ['responsibility'], sources: ['bbc-2024-03-23', 'tass-2024-03-24'] }),
    ];
    const digest = buildDigest(digestCore([...BASE_FACTS, ...extra]), undefined, JUNE, MOSCOW);
    expect(ids(digest)['Key facts']).toEqual(['gunmen-opened-fire', 'hall-set-on-fire', 'amaq-claim', 'four-arrested']);
  });

  it('gives every item its sources with outlet and date', () => {
    const digest = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const arrested = digest.sections.flatMap((s) => s.items).find((i) => i.id === 'four-arrested');
    expect(arrested?.sources.map((s) => [s.outlet, s.date])).toEqual([
      ['BBC News', '2024-03-23'],
      ['TASS', '2024-03-24'],
    ]);
  });

  it('leaves graphic facts out of the items and out of the delivered hashes', () => {
    const digest = buildDigest(digestCore(), undefined, new Date('2025-03-24T09:00:00Z'), MOSCOW);
    const shown = digest.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(shown).not.toContain('suspects-in-court');
    expect(Object.keys(digest.hashes)).toHaveLength(BASE_FACTS.length - 1);
    expect(digest.hashes['suspects-in-court']).toBeUndefined();
  });

  it('lists facts added and facts revised since the last delivery', () => {
    const first = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const added = digestFact({ id: 'memorial-opened', text: 'A memorial to the victims was opened near the hall.', date: '2024-04-10', topics: ['mourning'] });
    const core = reviseFact('four-arrested', { text: 'Russian authorities said four suspected gunmen were detained near the border.' }, [...BASE_FACTS, added]);
    const next = buildDigest(core, delivered(first), new Date('2025-06-02T06:00:00Z'), MOSCOW);
    expect(next.title).toBe('Crocus City Hall digest: 1 new, 1 revised');
    expect(ids(next)).toEqual({ New: ['memorial-opened'], Revised: ['four-arrested'], 'Key figures': ['toll-144', 'injured-551'] });
    expect(next.text.startsWith('1 new fact and 1 revised fact since the last digest (1 Jun 2025).')).toBe(true);
  });

  it('does not call a fact revised when only its topics or entities changed', () => {
    const first = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const core = reviseFact('is-claimed', { topics: ['responsibility', 'reactions'], entities: ['islamic-state'] });
    expect(buildDigest(core, delivered(first), JUNE, MOSCOW).unchanged).toBe(true);
  });

  it('calls a fact revised when its figure changed', () => {
    const first = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const core = reviseFact('injured-551', { figure: { kind: 'injured', value: 551, asOf: '2024-03-30' } });
    expect(ids(buildDigest(core, delivered(first), JUNE, MOSCOW)).Revised).toEqual(['injured-551']);
  });

  it('says in one line that nothing changed, with no sections', () => {
    const first = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const again = buildDigest(digestCore(), delivered(first), new Date('2025-06-08T06:00:00Z'), MOSCOW);
    expect(again).toMatchObject({ unchanged: true, sections: [], title: 'No changes' });
    expect(again.text).toBe('No new or revised facts since the last digest (1 Jun 2025).');
    expect(again.hashes).toEqual(first.hashes);
  });

  it('shows what happened on this day in 2024, without graphic facts', () => {
    const first = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const added = digestFact({ id: 'new-arrest', text: 'An eleventh suspect was detained in Moscow.', date: '2024-05-02', topics: ['investigation'] });
    const onThe24th = new Date('2025-03-24T06:00:00Z');
    const digest = buildDigest(digestCore([...BASE_FACTS, added]), delivered(first), onThe24th, MOSCOW);
    expect(ids(digest)['On this day in 2024']).toEqual(['mourning-day', 'toll-137']);
  });

  it('reports the key figures current on the digest day, not later ones', () => {
    const digest = buildDigest(digestCore(), undefined, new Date('2024-03-25T06:00:00Z'), MOSCOW);
    expect(ids(digest)['Key figures']).toEqual(['toll-137']);
    expect(digest.text).toContain('137 killed (as of 24 Mar 2024, TASS)');
  });

  it('takes "on this day" in the subscription time zone across the spring DST change', () => {
    const london = { timeZone: 'Europe/London' };
    // 23:30 UTC is still 29 March in London on GMT, but already 31 March once the clocks have gone forward (BST).
    const beforeChange = buildDigest(digestCore(), undefined, new Date('2025-03-29T23:30:00Z'), london);
    const afterChange = buildDigest(digestCore(), undefined, new Date('2025-03-30T23:30:00Z'), london);
    expect(ids(beforeChange)['On this day in 2024']).toBeUndefined();
    expect(ids(afterChange)['On this day in 2024']).toEqual(['hall-demolition-talk']);
    const utc = buildDigest(digestCore(), undefined, new Date('2025-03-30T23:30:00Z'), { timeZone: 'UTC' });
    expect(ids(utc)['On this day in 2024']).toBeUndefined();
  });

  it('shows the newest of many new facts and says how many more there are', () => {
    const first = buildDigest(digestCore(), undefined, JUNE, MOSCOW);
    const many = Array.from({ length: 30 }, (_, i) =>
      digestFact({ id: `hearing-${i + 10}`, text: `A court hearing on the case took place (session ${i + 10}).`, date: `2024-05-${i + 1 < 10 ? '0' : ''}${i + 1}` }),
    );
    const digest = buildDigest(digestCore([...BASE_FACTS, ...many]), delivered(first), JUNE, MOSCOW);
    expect(ids(digest).New).toEqual(['hearing-39', 'hearing-38', 'hearing-37', 'hearing-36', 'hearing-35']);
    expect(digest.text).toContain('30 new facts since the last digest');
    expect(digest.text).toContain('25 more are a question away');
    expect(Object.keys(digest.hashes)).toContain('hearing-10');
  });
});
