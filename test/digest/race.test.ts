import { afterEach, describe, expect, it } from 'vitest';
import { createDigests } from '../../src/digest/create-digests.js';
import type { TickResult } from '../../src/digest/scheduler.js';
import { DeliveryError } from '../../src/digest/contracts.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { digestCore } from '../fixtures/digest-core.js';
import { FakePoster } from './fake-poster.js';
import { captureLogger, fakeClock, MANAGER, useBackends } from './harness.js';

const CHANNELS = 10;
const HOURS = 24;
const backends = useBackends();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe.each(backends)('two scheduler processes on one $name database', (backend) => {
  it('post every slot exactly once while racing for the same slots, retries included', async () => {
    const location = await backend.newLocation();
    const clock = fakeClock('2025-06-01T00:30:00Z');
    const { logger } = captureLogger();
    const [storeA, storeB] = await Promise.all([openStore(location, logger), openStore(location, logger)]);
    open.push(storeA, storeB);
    // Each process has its own connection pool and its own poster, with a few ms of network latency.
    const posterA = new FakePoster('slack', 5, 'A');
    const posterB = new FakePoster('slack', 5, 'B');
    posterA.failNext(...Array.from({ length: 6 }, () => new DeliveryError('server_error', 'HTTP 502')));
    const opts = { core: digestCore(), logger, now: clock.now, defaultTimeZone: 'UTC' };
    const a = createDigests({ ...opts, store: storeA, posters: [posterA], owner: 'A' });
    const b = createDigests({ ...opts, store: storeB, posters: [posterB], owner: 'B' });
    for (let i = 0; i < CHANNELS; i++) await a.service.subscribe({ ...MANAGER, channelId: `C${i}` }, 'cron 0 * * * *', 'Europe/Moscow');

    const results: TickResult[] = [];
    for (let h = 1; h <= HOURS; h++) {
      // On the slot, then when the first and second retries fall due.
      for (const offset of [2_000, 62_000, 185_000]) {
        clock.set(new Date(Date.UTC(2025, 5, 1, h, 0, 0) + offset).toISOString());
        const [ra, rb] = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
        results.push(...ra, ...rb);
      }
    }

    const posted = results.filter((r) => r.outcome === 'posted').map((r) => `${r.channelId}@${r.slot.toISOString()}`);
    expect(new Set(posted).size).toBe(posted.length);
    expect(posted).toHaveLength(CHANNELS * HOURS);
    expect(posterA.posts.length + posterB.posts.length).toBe(CHANNELS * HOURS);
    expect(results.filter((r) => r.outcome === 'failed')).toHaveLength(6);
  });
});
