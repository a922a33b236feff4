import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore, type StoreLocation } from '../../src/store/open-store.js';
import type { Store, SubscriptionInput } from '../../src/store/store.js';

const logger = pino({ level: 'silent' });
const T0 = new Date('2025-03-20T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const SUB: SubscriptionInput = {
  platform: 'slack',
  channelId: 'C1',
  schedule: '0 9 * * *',
  scheduleLabel: 'daily 09:00',
  timeZone: 'Europe/Moscow',
  skipWhenUnchanged: false,
  createdBy: 'U1',
  at: T0,
};

/** A database at `location` brought only to the first schema version, with one subscription: a store from before languages. */
async function storeBeforeLanguages(location: StoreLocation): Promise<void> {
  if (location.kind === 'sqlite') mkdirSync(dirname(location.file), { recursive: true });
  const dialect =
    location.kind === 'sqlite'
      ? new SqliteDialect({ database: new SqliteDatabase(location.file) })
      : new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, max: 1 }) });
  const db = new Kysely<any>({ dialect }); // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    const { error } = await migrator.migrateTo('0001-subscriptions-deliveries-feedback');
    if (error) throw error;
    const row = { ...SUB, channelId: 'C-old' };
    await db
      .insertInto('subscriptions')
      .values({
        id: 'old-1',
        platform: row.platform,
        channel_id: row.channelId,
        schedule: row.schedule,
        schedule_label: row.scheduleLabel,
        time_zone: row.timeZone,
        skip_when_unchanged: 0,
        created_by: row.createdBy,
        created_at: T0.toISOString(),
        starts_at: T0.toISOString(),
      })
      .execute();
  } finally {
    await db.destroy();
  }
}

/**
 * The behaviour every Store backend must have. Each test gets a fresh, empty database from `newLocation`;
 * opening the same location twice is how a test restarts the process or adds a second one.
 */
export function storeContract(newLocation: () => Promise<StoreLocation>): void {
  let location: StoreLocation;
  const opened: Store[] = [];
  const open = async () => {
    const store = await openStore(location, logger);
    opened.push(store);
    return store;
  };
  let store: Store;

  beforeEach(async () => {
    location = await newLocation();
    store = await open();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
  });

  describe('subscriptions', () => {
    it('keeps a subscription across a restart', async () => {
      const saved = await store.saveSubscription(SUB);
      await store.close();
      const again = await open();
      expect(await again.findSubscription('slack', 'C1')).toEqual(saved);
      expect(saved).toMatchObject({ schedule: '0 9 * * *', timeZone: 'Europe/Moscow', health: 'ok', failures: 0, startsAt: T0, createdAt: T0 });
    });

    it('replaces the schedule of a channel that subscribes again, keeping one subscription', async () => {
      const first = await store.saveSubscription(SUB);
      await store.setHealth(first.id, { health: 'unhealthy', failures: 4, lastError: 'forbidden', at: at(5) });
      const second = await store.saveSubscription({ ...SUB, schedule: '30 8 * * 1', scheduleLabel: 'weekly Monday 08:30', createdBy: 'U2', at: at(10) });
      expect(second).toMatchObject({ id: first.id, schedule: '30 8 * * 1', createdBy: 'U2', createdAt: T0, startsAt: at(10), health: 'ok', failures: 0 });
      expect(second.lastError).toBeUndefined();
      expect(await store.listSubscriptions()).toHaveLength(1);
    });

    it('keeps the start of a schedule when only the unchanged-digest setting changes', async () => {
      await store.saveSubscription(SUB);
      const changed = await store.saveSubscription({ ...SUB, skipWhenUnchanged: true, at: at(10) });
      expect(changed).toMatchObject({ skipWhenUnchanged: true, startsAt: T0 });
    });

    it('keeps channels of different platforms apart', async () => {
      await store.saveSubscription(SUB);
      await store.saveSubscription({ ...SUB, platform: 'discord', at: at(1) });
      expect((await store.listSubscriptions()).map((s) => s.platform)).toEqual(['slack', 'discord']);
    });

    it('removes a subscription with its deliveries, and says when there was none', async () => {
      const sub = await store.saveSubscription(SUB);
      await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'a', at: at(60), late: false });
      expect(await store.removeSubscription('slack', 'C1')).toBe(true);
      expect(await store.findSubscription('slack', 'C1')).toBeUndefined();
      expect(await store.findDelivery(sub.id, at(60))).toBeUndefined();
      expect(await store.removeSubscription('slack', 'C1')).toBe(false);
    });

    it('records health changes', async () => {
      const sub = await store.saveSubscription(SUB);
      await store.setHealth(sub.id, { health: 'unhealthy', failures: 3, lastError: 'channel_gone: Slack refused the post', at: at(3) });
      expect(await store.findSubscription('slack', 'C1')).toMatchObject({ health: 'unhealthy', failures: 3, lastError: 'channel_gone: Slack refused the post', healthChangedAt: at(3) });
    });
  });

  describe('deliveries', () => {
    it('lets only the first claim of a slot through', async () => {
      const sub = await store.saveSubscription(SUB);
      const first = await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'a', at: at(60), late: false });
      expect(first).toMatchObject({ status: 'claimed', attempts: 1, claimedBy: 'a', late: false, manual: false });
      expect(await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'b', at: at(60), late: false })).toBeUndefined();
      expect(await store.claim({ subscriptionId: sub.id, slot: at(120), owner: 'b', at: at(120), late: true })).toMatchObject({ claimedBy: 'b', late: true });
    });

    it('gives a slot to exactly one of many processes claiming it at once', async () => {
      const sub = await store.saveSubscription(SUB);
      const others = await Promise.all([open(), open(), open()]);
      const claims = [store, ...others].flatMap((s, i) =>
        Array.from({ length: 5 }, (_, j) => s.claim({ subscriptionId: sub.id, slot: at(60), owner: `p${i}-${j}`, at: at(60), late: false })),
      );
      const won = (await Promise.all(claims)).filter((d) => d !== undefined);
      expect(won).toHaveLength(1);
    });

    it('records an outcome only for the process that holds the claim', async () => {
      const sub = await store.saveSubscription(SUB);
      await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'a', at: at(60), late: false });
      const outcome = { status: 'posted' as const, messageRef: 'ts-1', hashes: { 'toll-144': 'abc' } };
      expect(await store.finish(sub.id, at(60), 'b', outcome, at(61))).toBe(false);
      expect(await store.finish(sub.id, at(60), 'a', outcome, at(61))).toBe(true);
      expect(await store.finish(sub.id, at(60), 'a', outcome, at(62))).toBe(false);
      expect(await store.lastPosted(sub.id)).toMatchObject({ status: 'posted', messageRef: 'ts-1', hashes: { 'toll-144': 'abc' }, finishedAt: at(61) });
    });

    it('hands a failed delivery to exactly one of two processes retrying it', async () => {
      const sub = await store.saveSubscription(SUB);
      await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'a', at: at(60), late: false });
      await store.finish(sub.id, at(60), 'a', { status: 'failed', error: 'server_error: 500', nextAttemptAt: at(61) }, at(60));
      const failed = await store.findDelivery(sub.id, at(60));
      expect(failed).toMatchObject({ status: 'failed', error: 'server_error: 500', nextAttemptAt: at(61) });
      const other = await open();
      const results = await Promise.all([store.reclaim(failed!, 'b', at(61), false), other.reclaim(failed!, 'c', at(61), false)]);
      const won = results.filter((d) => d !== undefined);
      expect(won).toHaveLength(1);
      expect(won[0]).toMatchObject({ status: 'claimed', attempts: 2, late: false });
      expect(won[0]?.nextAttemptAt).toBeUndefined();
    });

    it('marks a recovered claim late and refuses a takeover based on an outdated view', async () => {
      const sub = await store.saveSubscription(SUB);
      const claimed = await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'a', at: at(60), late: false });
      const taken = await store.reclaim(claimed!, 'b', at(90), true);
      expect(taken).toMatchObject({ claimedBy: 'b', late: true, attempts: 2, claimedAt: at(90) });
      expect(await store.reclaim(claimed!, 'c', at(91), true)).toBeUndefined();
    });

    it('tells scheduled slots from manual posts, and finds what the channel was last sent', async () => {
      const sub = await store.saveSubscription(SUB);
      await store.claim({ subscriptionId: sub.id, slot: at(60), owner: 'a', at: at(60), late: false });
      await store.finish(sub.id, at(60), 'a', { status: 'posted', messageRef: 'm1', hashes: { a: '1' } }, at(60));
      await store.claim({ subscriptionId: sub.id, slot: at(90), owner: 'a', at: at(90), late: false, manual: true });
      await store.finish(sub.id, at(90), 'a', { status: 'posted', messageRef: 'm2', hashes: { a: '2' } }, at(90));
      await store.claim({ subscriptionId: sub.id, slot: at(120), owner: 'a', at: at(120), late: false });
      await store.finish(sub.id, at(120), 'a', { status: 'skipped', hashes: { a: '2' } }, at(120));
      expect((await store.latestScheduled(sub.id))?.slot).toEqual(at(120));
      expect(await store.lastPosted(sub.id)).toMatchObject({ messageRef: 'm2', manual: true, hashes: { a: '2' } });
    });
  });

  it('opens concurrently on a fresh database, migrating it once', async () => {
    const fresh = await newLocation();
    const stores = await Promise.all([openStore(fresh, logger), openStore(fresh, logger), openStore(fresh, logger)]);
    opened.push(...stores);
    await stores[0]?.saveSubscription(SUB);
    expect(await stores[2]?.listSubscriptions()).toHaveLength(1);
  });

  describe('languages', () => {
    it('keeps a channel’s digest language with its subscription: English unless given, replaced when it subscribes again', async () => {
      expect((await store.saveSubscription(SUB)).language).toBe('en');
      const russian = await store.saveSubscription({ ...SUB, language: 'ru', at: at(5) });
      expect(russian).toMatchObject({ language: 'ru', startsAt: T0 });
      await store.close();
      const again = await open();
      expect((await again.findSubscription('slack', 'C1'))?.language).toBe('ru');
      expect((await again.saveSubscription({ ...SUB, at: at(10) })).language).toBe('en');
    });

    it('keeps each person’s language across a restart, apart by platform, and forgets it when they go back to auto', async () => {
      expect(await store.languagePreference('slack', 'U1')).toBeUndefined();
      await store.setLanguagePreference('slack', 'U1', 'ru', at(1));
      await store.setLanguagePreference('discord', 'U1', 'en', at(1));
      await store.close();
      store = await open();
      expect(await store.languagePreference('slack', 'U1')).toBe('ru');
      expect(await store.languagePreference('discord', 'U1')).toBe('en');
      await store.setLanguagePreference('slack', 'U1', 'en', at(2));
      expect(await store.languagePreference('slack', 'U1')).toBe('en');
      await store.setLanguagePreference('slack', 'U1', undefined, at(3));
      expect(await store.languagePreference('slack', 'U1')).toBeUndefined();
      expect(await store.languagePreference('discord', 'U1')).toBe('en');
    });

    it('upgrades a store from before languages: its subscriptions keep English digests', async () => {
      const old = await newLocation();
      await storeBeforeLanguages(old);
      const upgraded = await openStore(old, logger);
      opened.push(upgraded);
      expect(await upgraded.findSubscription('slack', 'C-old')).toMatchObject({ id: 'old-1', language: 'en', scheduleLabel: 'daily 09:00' });
      expect(await upgraded.languagePreference('slack', 'U1')).toBeUndefined();
    });
  });

  describe('votes and abstentions', () => {
    const vote = { answerId: 'ans-1', platform: 'slack', channelId: 'C1', userHash: 'h-alice', question: 'how many died?', factIds: ['toll-1', 'toll-2'], vote: 'down', at: at(1) } as const;

    it('keeps one vote per person per answer: a second vote changes it', async () => {
      await store.recordVote({ ...vote, factIds: [...vote.factIds] });
      await store.recordVote({ ...vote, factIds: [...vote.factIds], vote: 'up', at: at(2) });
      await store.recordVote({ ...vote, factIds: [...vote.factIds], userHash: 'h-bob', at: at(3) });
      expect(await store.votesSince(at(0))).toEqual([
        { ...vote, vote: 'up', at: at(2) },
        { ...vote, userHash: 'h-bob', at: at(3) },
      ]);
    });

    it('keeps abstentions in time order across a restart', async () => {
      await store.recordAbstention({ platform: 'discord', channelId: 'D1', userHash: 'h-1', question: 'weather in Moscow?', at: at(2) });
      await store.recordAbstention({ platform: 'console', channelId: 'console', userHash: 'h-2', question: 'who won the cup?', at: at(1) });
      const reopened = await open();
      expect((await reopened.abstentionsSince(at(0))).map((a) => a.question)).toEqual(['who won the cup?', 'weather in Moscow?']);
      expect(await reopened.abstentionsSince(at(2))).toEqual([{ platform: 'discord', channelId: 'D1', userHash: 'h-1', question: 'weather in Moscow?', at: at(2) }]);
    });

    it('keeps an answer under its id for its vote buttons; giving it again only moves its time', async () => {
      await store.saveAnswer({ answerId: 'ans-1', question: 'how many died?', factIds: ['toll-1', 'toll-2'], at: at(1) });
      await store.saveAnswer({ answerId: 'ans-1', question: 'how many died?', factIds: ['toll-1', 'toll-2'], at: at(3) });
      const reopened = await open();
      expect(await reopened.findAnswer('ans-1')).toEqual({ answerId: 'ans-1', question: 'how many died?', factIds: ['toll-1', 'toll-2'], at: at(3) });
      expect(await reopened.findAnswer('ans-2')).toBeUndefined();
    });

    it('prunes votes, abstentions and saved answers older than the cut-off, and only those', async () => {
      await store.saveAnswer({ answerId: 'ans-old', question: 'old', factIds: ['toll-1'], at: at(1) });
      await store.saveAnswer({ answerId: 'ans-new', question: 'new', factIds: ['toll-1'], at: at(10) });
      await store.recordVote({ ...vote, factIds: [...vote.factIds], at: at(1) });
      await store.recordVote({ ...vote, factIds: [...vote.factIds], answerId: 'ans-2', at: at(10) });
      await store.recordAbstention({ platform: 'slack', channelId: 'C1', userHash: 'h-1', question: 'old', at: at(1) });
      await store.recordAbstention({ platform: 'slack', channelId: 'C1', userHash: 'h-1', question: 'new', at: at(10) });
      expect(await store.pruneBefore(at(5))).toBe(3);
      expect(await store.findAnswer('ans-old')).toBeUndefined();
      expect(await store.findAnswer('ans-new')).toMatchObject({ question: 'new' });
      expect((await store.votesSince(at(0))).map((v) => v.answerId)).toEqual(['ans-2']);
      expect((await store.abstentionsSince(at(0))).map((a) => a.question)).toEqual(['new']);
    });
  });

  describe('event claims', () => {
    const claim = (keys: string[], owner: string, minutes: number) => ({ keys, owner, at: at(minutes), expiresAt: at(minutes + 60) });

    it('gives a delivery to one of two processes claiming it at once, and to nobody again until it expires', async () => {
      const other = await open();
      const keys = ['event:Ev1', 'msg:C1:1711130000.000100'];
      const won = await Promise.all([store.claimEvents(claim(keys, 'a', 0)), other.claimEvents(claim([...keys].reverse(), 'b', 0))]);
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(await store.claimEvents(claim(keys, 'c', 59))).toBe(false);
      expect(await store.claimEvents(claim(['event:Ev1'], 'c', 61))).toBe(true);
    });

    it('refuses a claim when any one of its keys is held (the same message as another event)', async () => {
      expect(await store.claimEvents(claim(['event:Ev1', 'msg:C1:1'], 'a', 0))).toBe(true);
      expect(await store.claimEvents(claim(['event:Ev2', 'msg:C1:1'], 'b', 0))).toBe(false);
      expect(await store.claimEvents(claim(['event:Ev3', 'msg:C1:2'], 'b', 0))).toBe(true);
    });

    it('prunes only claims that have expired', async () => {
      await store.claimEvents(claim(['event:old'], 'a', 0));
      await store.claimEvents(claim(['event:new'], 'a', 30));
      expect(await store.pruneEventClaims(at(61))).toBe(1);
      expect(await store.claimEvents(claim(['event:new'], 'b', 61))).toBe(false);
    });
  });
}
