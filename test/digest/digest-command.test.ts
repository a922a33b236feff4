import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../commands/command.js';
import digest from '../../commands/digest.js';
import type { Engine } from '../../src/core/engine.js';
import type { Caller, Reply } from '../../src/core/reply.js';
import { createDigests, type Digests } from '../../src/digest/create-digests.js';
import { DeliveryError } from '../../src/digest/contracts.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { digestCore } from '../fixtures/digest-core.js';
import { FakePoster } from './fake-poster.js';
import { captureLogger, fakeClock, MANAGER, MEMBER } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'crocus-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unused = () => {
  throw new Error('the digest command does not brief');
};
const engine: Engine = { core: digestCore(), brief: unused, timeline: unused, sources: unused, about: unused };

let store: Store;
let digests: Digests;
let poster: FakePoster;
const clock = fakeClock('2025-03-24T05:30:00Z');
let n = 0;

beforeEach(async () => {
  clock.set('2025-03-24T05:30:00Z');
  const { logger } = captureLogger();
  store = await openStore({ kind: 'sqlite', file: join(dir, `c-${++n}.sqlite`) }, logger);
  poster = new FakePoster('slack');
  digests = createDigests({ store, core: digestCore(), posters: [poster], logger, now: clock.now, defaultTimeZone: 'Europe/Moscow', owner: 'T' });
});
afterEach(async () => {
  await store.close();
});

function run(caller: Caller, action: string, schedule?: string, services: Services = { engine, digests: digests.service }): Promise<Reply> {
  return Promise.resolve(digest.run({ options: { action, schedule }, caller, services, now: clock.now, commands: [digest] }));
}

function text(reply: Reply): string {
  return reply.kind === 'notice' ? reply.text : `[${reply.kind}]`;
}

describe('digest command', () => {
  it('subscribes a channel and says when the first digest comes and what it will be', async () => {
    const reply = await run(MANAGER, 'subscribe', 'daily 09:00 Europe/Moscow');
    expect(reply).toMatchObject({ kind: 'notice' });
    expect(text(reply)).toBe(
      'Subscribed this channel to digests: daily 09:00 (Europe/Moscow). Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow). ' +
        'The first digest is a short overview; later ones list what is new or revised. When nothing changed, a one-line digest says so.',
    );
    expect(await store.findSubscription('slack', 'C-news')).toMatchObject({ schedule: '0 9 * * *', timeZone: 'Europe/Moscow', createdBy: 'alice' });
  });

  it('reads weekly and cron schedules, the default time zone and skip-unchanged', async () => {
    await run(MANAGER, 'subscribe', 'weekly fri 18:30 skip-unchanged');
    expect(await store.findSubscription('slack', 'C-news')).toMatchObject({ schedule: '30 18 * * 5', scheduleLabel: 'weekly Friday 18:30', timeZone: 'Europe/Moscow', skipWhenUnchanged: true });
    await run({ ...MANAGER, channelId: 'C-two' }, 'subscribe', '0 8 * * 1-5 america/new_york');
    expect(await store.findSubscription('slack', 'C-two')).toMatchObject({ schedule: '0 8 * * 1-5', timeZone: 'America/New_York' });
  });

  it('refuses to subscribe, unsubscribe or post for someone who cannot manage the channel', async () => {
    for (const [action, schedule] of [['subscribe', 'daily 09:00'], ['unsubscribe'], ['now']] as const) {
      const reply = await run(MEMBER, action, schedule);
      expect(reply).toMatchObject({ kind: 'notice', error: true, ephemeral: true });
      expect(text(reply)).toMatch(/^Only people who can manage this channel can change its digests/);
    }
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it.each([
    ['daily 9am', '"9am" is not a time of day (HH:MM, 24-hour).'],
    ['weekly someday 09:00', '"someday" is not a day of the week.'],
    ['*/10 * * * *', '"*/10 * * * *" runs more often than once an hour; digests are at most hourly.'],
    ['daily 09:00 Mars/Olympus', '"Mars/Olympus" is not a time zone. Use an IANA name such as Europe/Moscow, Europe/London or UTC.'],
    ['every morning', 'I could not read "every morning" as a schedule.'],
  ])('answers a bad schedule (%s) with a short, clear error and saves nothing', async (schedule, message) => {
    const reply = await run(MANAGER, 'subscribe', schedule);
    expect(reply).toMatchObject({ kind: 'notice', error: true, ephemeral: true });
    expect(text(reply).startsWith(message)).toBe(true);
    expect(text(reply).length).toBeLessThan(200);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('lists the channel subscription privately, and says how to start one when there is none', async () => {
    expect(text(await run(MEMBER, 'list'))).toMatch(/^No digest in this channel\. Subscribe with `digest subscribe daily 09:00 Europe\/Moscow`/);
    await run(MANAGER, 'subscribe', 'daily 09:00');
    const reply = await run(MEMBER, 'list');
    expect(reply).toMatchObject({ ephemeral: true });
    expect(text(reply)).toBe(
      'Digest: daily 09:00 (Europe/Moscow), set up by alice. Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow).\n' +
        'When nothing changed, a one-line digest says so.',
    );
  });

  it('posts a digest now through the platform poster and counts it as delivered', async () => {
    await run(MANAGER, 'subscribe', 'daily 09:00');
    expect(await run(MANAGER, 'now')).toEqual({ kind: 'notice', text: 'Digest posted.', ephemeral: true });
    expect(poster.posts.map((p) => [p.channelId, p.digest.title])).toEqual([['C-news', 'Crocus City Hall attack: overview']]);
    const preview = await run(MEMBER, 'preview');
    expect(preview).toMatchObject({ kind: 'digest', ephemeral: true, digest: { unchanged: true, title: 'No changes' } });
    expect(text(await run(MEMBER, 'list'))).toContain('Last posted: Mon 24 Mar 2025, 08:30 (Europe/Moscow) (on request).');
  });

  it('says why a digest could not be posted now, without marking the channel unhealthy', async () => {
    await run(MANAGER, 'subscribe', 'daily 09:00');
    poster.failNext(new DeliveryError('forbidden', 'not_in_channel'));
    expect(await run(MANAGER, 'now')).toEqual({ kind: 'notice', text: 'Could not post the digest: the bot is not allowed to post here.', ephemeral: true, error: true });
    expect((await store.findSubscription('slack', 'C-news'))?.health).toBe('ok');
  });

  it('previews privately what the next digest would say, without posting or recording it', async () => {
    const first = await run(MEMBER, 'preview');
    const again = await run(MEMBER, 'preview');
    expect(first).toMatchObject({ kind: 'digest', ephemeral: true, digest: { title: 'Crocus City Hall attack: overview' } });
    expect(again).toEqual(first);
    expect(poster.posts).toEqual([]);
  });

  it('unsubscribes a channel, after which its slots are not posted', async () => {
    await run(MANAGER, 'subscribe', 'daily 09:00');
    expect(text(await run(MANAGER, 'unsubscribe'))).toBe('Unsubscribed: this channel gets no more digests.');
    expect(text(await run(MANAGER, 'unsubscribe'))).toBe('This channel has no digest subscription.');
    clock.set('2025-03-24T06:00:30Z');
    expect(await digests.scheduler.tick()).toEqual([]);
  });

  it('says digests are unavailable when the bot runs without a store', async () => {
    const reply = await run(MANAGER, 'list', undefined, { engine });
    expect(reply).toMatchObject({ kind: 'notice', error: true, text: 'Digests are not available: the bot runs without a store.' });
  });

  it('subscribes a channel to Russian digests with `ru`, posts and previews them in Russian, and lists the language', async () => {
    const reply = await run(MANAGER, 'subscribe', 'daily 09:00 Europe/Moscow ru');
    expect(text(reply)).toMatch(/^Subscribed this channel to digests: daily 09:00 \(Europe\/Moscow\), in Russian\. Next digest:/);
    expect(await store.findSubscription('slack', 'C-news')).toMatchObject({ language: 'ru', timeZone: 'Europe/Moscow' });
    expect(await run(MEMBER, 'preview')).toMatchObject({ kind: 'digest', digest: { lang: 'ru', title: 'Нападение на «Крокус Сити Холл»: обзор' } });
    await run(MANAGER, 'now');
    const [post] = poster.posts;
    expect(post?.digest).toMatchObject({ lang: 'ru', title: 'Нападение на «Крокус Сити Холл»: обзор' });
    for (const item of post?.digest.sections.flatMap((section) => section.items) ?? []) expect(item.text).toBe(digestCore().factsById.get(item.id)?.ru);
    expect(text(await run(MEMBER, 'list'))).toMatch(/^Digest: daily 09:00 \(Europe\/Moscow\), in Russian, set up by alice\./);
  });

  it('answers in Russian to a caller whose platform speaks Russian, whatever language the channel’s digests are in', async () => {
    const russian = { ...MANAGER, locale: 'ru' as const };
    expect(text(await run(russian, 'subscribe', 'daily 09:00 Europe/Moscow'))).toMatch(
      /^Канал подписан на дайджесты на английском: daily 09:00 \(Europe\/Moscow\)\. Следующий дайджест: пн, 24 мар\. 2025 г\., 09:00 \(Europe\/Moscow\)\./,
    );
    expect(await run(russian, 'unsubscribe')).toEqual({ kind: 'notice', text: 'Подписка отменена: дайджестов в этом канале больше не будет.', lang: 'ru' });
    expect(await run({ ...MEMBER, locale: 'ru' }, 'now')).toMatchObject({ lang: 'ru', error: true, text: expect.stringMatching(/^Менять дайджесты канала могут только/) });
    expect(text(await run(russian, 'subscribe', 'daily 9am'))).toMatch(/^«9am» — не время суток \(ЧЧ:ММ, 24 часа\)\./);
    expect(text(await run(russian, 'subscribe', 'daily 09:00 Mars/Olympus'))).toMatch(/^«Mars\/Olympus» — не часовой пояс\./);
  });

  it('asks for a schedule when subscribe has none', async () => {
    expect(text(await run(MANAGER, 'subscribe'))).toMatch(/^Say when: Usage: `digest subscribe/);
  });
});
