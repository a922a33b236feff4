import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigests } from '../../src/digest/create-digests.js';
import type { StoreLocation } from '../../src/store/open-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { digestCore } from '../fixtures/digest-core.js';
import { FakePoster } from './fake-poster.js';
import { captureLogger, fakeClock, MANAGER, useBackends } from './harness.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const SLOT = new Date('2025-06-01T09:00:00Z');
const backends = useBackends();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Runs a bot process that claims the due slot, and SIGKILLs it once it has started posting. */
async function runAndKillWhilePosting(location: StoreLocation, now: Date): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(location), now.toISOString()], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('POSTING')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before posting: ${err}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return out.trim();
}

describe.each(backends)('a process killed between claim and post, on $name', (backend) => {
  it('leaves a claim that a restarted process recovers once, late, after the grace period', async () => {
    const location = await backend.newLocation();
    const clock = fakeClock('2025-06-01T08:00:00Z');
    const { logger, lines } = captureLogger();
    const store = await openStore(location, logger);
    open.push(store);
    const poster = new FakePoster('slack');
    const restarted = createDigests({ store, core: digestCore(), posters: [poster], logger, now: clock.now, defaultTimeZone: 'UTC', owner: 'restarted' });
    await restarted.service.subscribe(MANAGER, 'daily 09:00', 'UTC');

    expect(await runAndKillWhilePosting(location, new Date('2025-06-01T09:00:05Z'))).toBe('POSTING C-news');
    const [sub] = await store.listSubscriptions();
    expect(await store.findDelivery(sub!.id, SLOT)).toMatchObject({ status: 'claimed', claimedBy: 'crashed', attempts: 1 });

    clock.set('2025-06-01T09:05:00Z'); // the claim might still be in flight: hands off
    expect(await restarted.scheduler.tick()).toEqual([]);
    clock.set('2025-06-01T09:10:05Z'); // ten minutes after the claim: the claimer is taken to be dead
    expect((await restarted.scheduler.tick()).map((r) => [r.outcome, r.slot.toISOString(), r.late])).toEqual([['posted', SLOT.toISOString(), true]]);
    clock.set('2025-06-01T09:30:00Z');
    expect(await restarted.scheduler.tick()).toEqual([]);

    expect(poster.posts).toHaveLength(1);
    expect(await store.findDelivery(sub!.id, SLOT)).toMatchObject({ status: 'posted', claimedBy: 'restarted', attempts: 2, late: true });
    expect(lines.some((l) => String(l.msg).includes('stale claim'))).toBe(true);
  });
});
