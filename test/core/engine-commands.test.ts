import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { factRecord } from '../../src/core/fact-json.js';
import { miniCore } from '../fixtures/mini-core.js';

const core = miniCore();
const engine = createEngine(core);

describe('timeline', () => {
  it('gives the key moments of the whole story in time order', () => {
    const b = engine.timeline();
    expect(b.answered).toBe(true);
    expect(b.items.length).toBeGreaterThan(1);
    expect(b.items.length).toBeLessThanOrEqual(5);
    const dates = b.items.map((i) => i.date.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(b.items[0]?.id).toBe('attack-start');
    expect(b.items.some((i) => i.graphic || i.contested)).toBe(false);
  });

  it.each(['24 March', 'March 24th', '24/03', '2024-03-24', 'two days after the attack'])('reads "%s" as a day', (d) => {
    expect(engine.timeline(d).title).toBe('Timeline: 24 March 2024');
  });

  it('says clearly when the date cannot be read', () => {
    const b = engine.timeline('99/99');
    expect(b.answered).toBe(false);
    expect(b.text).toContain('could not read "99/99" as a date');
  });

  it('reads other words as a question about the timeline', () => {
    expect(engine.timeline('of the fire').items.map((i) => i.id)).toContain('roof-collapse');
  });
});

describe('sources', () => {
  it('lists every source of a fact with outlet, title and date', () => {
    const b = engine.sources('toll-144');
    expect(b.answered).toBe(true);
    expect(b.items).toHaveLength(1);
    expect(b.items[0]?.sources).toEqual([{ id: 'aa-2024-03-29-toll', outlet: 'AA', title: 'Death toll rises to 144', date: '2024-03-29' }]);
    expect(b.text).toContain('AA, "Death toll rises to 144", 29 Mar 2024');
  });

  it('suggests near ids for a mistyped one', () => {
    const b = engine.sources('toll-14');
    expect(b.answered).toBe(false);
    expect(b.notes?.[0]).toContain('toll-144');
  });
});

describe('about', () => {
  it('says what the bot covers, how many facts and the newest source date', () => {
    const b = engine.about();
    expect(b.answered).toBe(true);
    expect(b.text).toContain(`${core.facts.length} curated facts`);
    expect(b.text).toContain('29 March 2024');
  });
});

describe('fact records', () => {
  it('have exactly the dump contract keys, in order, with sources resolved', () => {
    const r = factRecord(core.factsById.get('putin-ukraine')!, core);
    expect(Object.keys(r)).toEqual(['id', 'text', 'date', 'sources', 'contested', 'graphic', 'topics']);
    expect(r.sources[0]).toEqual({ id: 'reuters-2024-03-23-toll', outlet: 'Reuters', title: 'Moscow concert hall death toll rises', date: '2024-03-23' });
    expect(r.contested).toBe(true);
  });
});
