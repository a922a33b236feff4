import { afterEach, describe, expect, it } from 'vitest';
import { createDigests, type CreateDigestsOptions } from '../../src/digest/create-digests.js';
import { DeliveryError } from '../../src/digest/contracts.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { BASE_FACTS, digestCore, digestFact } from '../fixtures/digest-core.js';
import { FakePoster } from './fake-poster.js';
import { captureLogger, fakeClock, MANAGER, useBackends, type Backend } from './harness.js';

const HOUR = 3_600_000;
const backends = useBackends();
const open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function setup(backend: Backend, start: string, extra: Partial<CreateDigestsOptions> = {}) {
  const clock = fakeClock(start);
  const { logger, lines } = captureLogger();
  const location = await backend.newLocation();
  const store = await openStore(location, logger);
  open.push(store);
  const poster = new FakePoster('slack');
  const digests = createDigests({ store, core: digestCore(), posters: [poster], logger, now: clock.now, defaultTimeZone: 'UTC', owner: 'A', ...extra });
  return { clock, lines, location, store, poster, digests, ...digests };
}

it('refuses timings where a live claim could be taken over before its post times out', async () => {
  const store = await openStore({ kind: 'sqlite', file: ':memory:' }, captureLogger().logger);
  open.push(store);
  expect(() => createDigests({ store, core: digestCore(), logger: captureLogger().logger, defaultTimeZone: 'UTC', postTimeoutMs: 60_000, timing: { staleClaimMs: 60_000 } })).toThrow(RangeError);
});

describe.each(backends)('digest scheduler on $name', (backend) => {
  it('posts a due slot once however often it ticks, and nothing before its time', async () => {
    const t = await setup(backend, '2025-06-01T05:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'Europe/Moscow');
    t.clock.set('2025-06-01T05:59:00Z');
    expect(await t.scheduler.tick()).toEqual([]);
    t.clock.set('2025-06-01T06:00:10Z');
    expect((await t.scheduler.tick()).map((r) => [r.outcome, r.slot.toISOString(), r.late])).toEqual([['posted', '2025-06-01T06:00:00.000Z', false]]);
    t.clock.set('2025-06-01T06:05:00Z');
    expect(await t.scheduler.tick()).toEqual([]);
    expect(t.poster.posts.map((p) => [p.channelId, p.digest.title])).toEqual([['C-news', 'Crocus City Hall attack: overview']]);
  });

  it('does not post a slot that passed before the channel subscribed', async () => {
    const t = await setup(backend, '2025-06-01T10:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    expect(await t.scheduler.tick()).toEqual([]);
    t.clock.set('2025-06-02T09:00:00Z');
    expect(await t.scheduler.tick()).toHaveLength(1);
  });

  it('after downtime posts one late digest for the missed slots, then returns to schedule', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    t.clock.set('2025-06-04T13:30:00Z'); // down from before the 1 June slot until after the 4 June slot
    const late = await t.scheduler.tick();
    expect(late.map((r) => [r.outcome, r.slot.toISOString(), r.late])).toEqual([['posted', '2025-06-04T09:00:00.000Z', true]]);
    t.clock.advance(60_000);
    expect(await t.scheduler.tick()).toEqual([]);
    t.clock.set('2025-06-05T09:00:05Z');
    expect((await t.scheduler.tick()).map((r) => r.late)).toEqual([false]);
    expect(t.poster.posts).toHaveLength(2);
    expect((await t.store.findDelivery((await t.store.listSubscriptions())[0]!.id, new Date('2025-06-04T09:00:00Z')))?.late).toBe(true);
  });

  it('retries a failed post with backoff and posts it once the platform recovers', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    t.poster.failNext(new DeliveryError('server_error', 'HTTP 500'), new DeliveryError('rate_limited', '429', 300_000));
    t.clock.set('2025-06-01T09:00:00Z');
    expect((await t.scheduler.tick())[0]).toMatchObject({ outcome: 'failed', gaveUp: false, nextAttemptAt: new Date('2025-06-01T09:01:00Z') });
    t.clock.set('2025-06-01T09:00:59Z');
    expect(await t.scheduler.tick()).toEqual([]);
    t.clock.set('2025-06-01T09:01:00Z');
    // The platform asked for 5 minutes, longer than the 2-minute backoff: its wait wins.
    expect((await t.scheduler.tick())[0]).toMatchObject({ outcome: 'failed', nextAttemptAt: new Date('2025-06-01T09:06:00Z') });
    t.clock.set('2025-06-01T09:06:00Z');
    expect((await t.scheduler.tick())[0]).toMatchObject({ outcome: 'posted', late: false });
    const [sub] = await t.store.listSubscriptions();
    expect(sub).toMatchObject({ health: 'ok', failures: 0 });
    expect(await t.store.findDelivery(sub!.id, new Date('2025-06-01T09:00:00Z'))).toMatchObject({ status: 'posted', attempts: 3 });
    expect(t.poster.posts).toHaveLength(1);
  });

  it('marks the subscription unhealthy after repeated failures, logs it, shows it in list, and recovers', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z', { retry: { maxAttempts: 3, baseDelayMs: 60_000 } });
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    const boom = () => new DeliveryError('server_error', 'HTTP 503');
    t.poster.failNext(boom(), boom(), boom());
    for (const at of ['09:00', '09:01', '09:03']) {
      t.clock.set(`2025-06-01T${at}:00Z`);
      await t.scheduler.tick();
    }
    t.clock.set('2025-06-01T12:00:00Z');
    expect(await t.scheduler.tick()).toEqual([]);
    expect((await t.store.listSubscriptions())[0]).toMatchObject({ health: 'unhealthy', failures: 3, lastError: 'server_error: HTTP 503' });
    expect(t.lines.some((l) => l.level === 50 && String(l.msg).includes('unhealthy'))).toBe(true);
    const list = await t.service.list(MANAGER);
    expect(list.kind === 'notice' && list.text).toContain('⚠ Unhealthy');

    t.clock.set('2025-06-02T09:00:00Z');
    expect((await t.scheduler.tick())[0]?.outcome).toBe('posted');
    expect((await t.store.listSubscriptions())[0]).toMatchObject({ health: 'ok', failures: 0 });
  });

  it('treats a post that never answers as a timeout and retries the slot later', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z', { postTimeoutMs: 30 });
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    const silent = { platform: 'slack' as const, post: () => new Promise<string>(() => undefined) };
    t.digests.addPoster(silent);
    t.clock.set('2025-06-01T09:00:00Z');
    const [result] = await t.scheduler.tick();
    expect(result).toMatchObject({ outcome: 'failed', gaveUp: false, error: { failure: 'timeout' } });
    t.digests.addPoster(t.poster);
    t.clock.set('2025-06-01T09:01:00Z');
    expect((await t.scheduler.tick())[0]?.outcome).toBe('posted');
  });

  it('gives up a slot at once when the channel is gone, without retrying', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    t.poster.failNext(new DeliveryError('channel_gone', 'channel_not_found'));
    t.clock.set('2025-06-01T09:00:00Z');
    expect((await t.scheduler.tick())[0]).toMatchObject({ outcome: 'failed', gaveUp: true });
    t.clock.set('2025-06-01T11:00:00Z');
    expect(await t.scheduler.tick()).toEqual([]);
    expect(t.poster.attempts).toBe(1);
    expect((await t.store.listSubscriptions())[0]?.health).toBe('unhealthy');
  });

  it('posts a one-line "no changes" digest, or skips the slot when the channel asked for that', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z');
    const quiet = { ...MANAGER, channelId: 'C-quiet' };
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    await t.service.subscribe(quiet, 'daily 09:00', 'UTC', { skipWhenUnchanged: true });
    t.clock.set('2025-06-01T09:00:00Z');
    await t.scheduler.tick();
    t.clock.set('2025-06-02T09:00:00Z');
    const second = await t.scheduler.tick();
    expect(second.map((r) => [r.channelId, r.outcome]).sort()).toEqual([
      ['C-news', 'posted'],
      ['C-quiet', 'skipped'],
    ]);
    expect(t.poster.posts.map((p) => [p.channelId, p.digest.title]).sort()).toEqual([
      ['C-news', 'Crocus City Hall attack: overview'],
      ['C-news', 'No changes'],
      ['C-quiet', 'Crocus City Hall attack: overview'],
    ]);
  });

  it('after a restart loses no subscription and does not post the same slot again', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    t.clock.set('2025-06-01T09:00:00Z');
    await t.scheduler.tick();
    await t.scheduler.stop();
    await t.store.close();
    open.splice(open.indexOf(t.store), 1);

    const { logger } = captureLogger();
    const store = await openStore(t.location, logger);
    open.push(store);
    const restarted = createDigests({ store, core: digestCore(), posters: [t.poster], logger, now: t.clock.now, defaultTimeZone: 'UTC', owner: 'B' });
    t.clock.set('2025-06-01T09:00:30Z');
    expect(await restarted.scheduler.tick()).toEqual([]);
    t.clock.set('2025-06-02T09:00:00Z');
    expect((await restarted.scheduler.tick()).map((r) => r.outcome)).toEqual(['posted']);
    expect(t.poster.posts.map((p) => p.digest.title)).toEqual(['Crocus City Hall attack: overview', 'No changes']);
  });

  it('follows the subscription time zone across a DST change', async () => {
    const t = await setup(backend, '2025-03-28T12:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'Europe/Berlin');
    const posted: string[] = [];
    for (let h = 0; h < 4 * 24; h++) {
      t.clock.advance(HOUR);
      for (const r of await t.scheduler.tick()) posted.push(r.slot.toISOString());
    }
    expect(posted).toEqual(['2025-03-29T08:00:00.000Z', '2025-03-30T07:00:00.000Z', '2025-03-31T07:00:00.000Z', '2025-04-01T07:00:00.000Z']);
  });

  it('tells a digest after new facts from the one before', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z');
    await t.service.subscribe(MANAGER, 'daily 09:00', 'UTC');
    t.clock.set('2025-06-01T09:00:00Z');
    await t.scheduler.tick();
    const added = digestFact({ id: 'memorial-opened', text: 'A memorial to the victims was opened near the hall.', date: '2024-04-10' });
    const restarted = createDigests({ store: t.store, core: digestCore([...BASE_FACTS, added]), posters: [t.poster], logger: captureLogger().logger, now: t.clock.now, defaultTimeZone: 'UTC', owner: 'B' });
    t.clock.set('2025-06-02T09:00:00Z');
    await restarted.scheduler.tick();
    expect(t.poster.posts.at(-1)?.digest.sections.map((s) => [s.heading, s.items.map((i) => i.id)])[0]).toEqual(['New', ['memorial-opened']]);
  });

  it('prunes votes and unanswered questions past the retention period as it ticks', async () => {
    const t = await setup(backend, '2025-06-01T08:00:00Z', { retentionDays: 30 });
    const abstained = (question: string, at: string) => t.store.recordAbstention({ platform: 'slack', channelId: 'C1', userHash: 'h', question, at: new Date(at) });
    await abstained('too old', '2025-04-30T07:59:00Z');
    await abstained('recent', '2025-05-02T08:00:00Z');
    await t.store.recordVote({ answerId: 'a1', platform: 'slack', channelId: 'C1', userHash: 'h', question: 'q', factIds: ['f1'], vote: 'up', at: new Date('2025-04-01T00:00:00Z') });
    await t.scheduler.tick();
    expect((await t.store.abstentionsSince(new Date(0))).map((a) => a.question)).toEqual(['recent']);
    expect(await t.store.votesSince(new Date(0))).toEqual([]);
  });
});
