import { describe, expect, it } from 'vitest';
import { factHash } from '../../src/core/digest-hash.js';
import type { Fact } from '../../src/core/types.js';
import { digestFact } from '../fixtures/digest-core.js';

const base: Fact = digestFact({
  id: 'toll',
  text: 'Officials put the death toll at 133.',
  date: '2024-03-23',
  sources: ['bbc-2024-03-23', 'tass-2024-03-24'],
  figure: { kind: 'deaths', value: 133, asOf: '2024-03-23' },
});

describe('factHash', () => {
  it('is the same for the same content, whatever the source order, topics, entities or file', () => {
    const same = { ...base, sources: ['tass-2024-03-24', 'bbc-2024-03-23'], topics: ['casualties' as const], entities: ['x'], file: 'a.yaml' };
    expect(factHash(same)).toBe(factHash(base));
    expect(factHash(base)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each<[string, Partial<Fact>]>([
    ['text', { text: 'Officials put the death toll at 143.' }],
    ['date', { date: '2024-03-24' }],
    ['time', { time: '21:00' }],
    ['sources', { sources: ['bbc-2024-03-23'] }],
    ['figure value', { figure: { kind: 'deaths', value: 137, asOf: '2024-03-23' } }],
    ['figure as-of date', { figure: { kind: 'deaths', value: 133, asOf: '2024-03-24' } }],
    ['figure qualifier', { figure: { kind: 'deaths', value: 133, asOf: '2024-03-23', qualifier: 'at least' } }],
  ])('changes when the %s changes', (_what, patch) => {
    expect(factHash({ ...base, ...patch })).not.toBe(factHash(base));
  });
});
