import { describe, expect, it } from 'vitest';
import { createDeduper } from '../../../src/adapters/slack/dedupe.js';

describe('remembering handled deliveries', () => {
  it('says first only once per key, and once for any key it was given with', () => {
    const seen = createDeduper({ now: () => new Date(0) });
    expect(seen.first('event:Ev1', 'msg:D1:1.0')).toBe(true);
    expect(seen.first('event:Ev1')).toBe(false);
    expect(seen.first('event:Ev2', 'msg:D1:1.0')).toBe(false);
    expect(seen.first('event:Ev3')).toBe(true);
  });

  it('forgets a key after its time to live', () => {
    let at = 0;
    const seen = createDeduper({ now: () => new Date(at), ttlMs: 1000 });
    seen.first('k');
    at = 999;
    expect(seen.first('k')).toBe(false);
    at = 999 + 1001;
    expect(seen.first('k')).toBe(true);
  });

  it('stays bounded, forgetting the oldest first', () => {
    const seen = createDeduper({ now: () => new Date(0), max: 2 });
    seen.first('a');
    seen.first('b');
    seen.first('c');
    expect(seen.first('c')).toBe(false);
    expect(seen.first('a')).toBe(true);
  });
});
