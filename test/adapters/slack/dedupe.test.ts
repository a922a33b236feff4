import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeduper, createStoreDeduper } from '../../../src/adapters/slack/dedupe.js';
import { openStore } from '../../../src/store/open-store.js';

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

describe('claiming handled deliveries in the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-dedupe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says first once across two dedupers on one store, and answers anyway (with a warning) when the store fails', async () => {
    const lines: Array<{ msg?: string }> = [];
    const logger = pino({ level: 'warn' }, { write: (s: string) => void lines.push(JSON.parse(s) as { msg?: string }) });
    const location = { kind: 'sqlite' as const, file: join(dir, 'claims.sqlite') };
    const [one, two] = [await openStore(location, logger), await openStore(location, logger)];
    const now = () => new Date('2024-03-23T10:00:00Z');
    const a = createStoreDeduper({ claims: one, owner: 'a', now, logger });
    const b = createStoreDeduper({ claims: two, owner: 'b', now, logger });
    expect(await a.first('event:Ev1', 'msg:C1:1.0')).toBe(true);
    expect(await b.first('event:Ev1')).toBe(false);
    expect(await b.first('event:Ev2', 'msg:C1:1.0')).toBe(false);
    expect(await b.first('event:Ev3')).toBe(true);
    await two.close();
    expect(await b.first('event:Ev4')).toBe(true);
    expect(lines.map((l) => l.msg)).toContain('slack: could not claim the event in the store; answering it (another replica may too)');
    await one.close();
  });
});
