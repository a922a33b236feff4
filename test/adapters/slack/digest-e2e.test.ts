import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { blockProblems, pingsIn } from '../../fakes/slack-block-limits.js';
import { AFTER_SLOT, DAY_MS, wireDigests, type DigestWiring } from '../digest-e2e-support.js';
import { sourceNames } from '../real-facts.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { ALICE, CHANNEL, form, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A member of the channel who is not a workspace admin (the fake's users.info says so). */
const BOB = { id: 'U0BOB', name: 'bob' } as const;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every text a message shows, in order, unescaped. */
function texts(body: Json): string[] {
  const blocks = (body.blocks ?? []) as Json[];
  return blocks.flatMap((b) => [b.text?.text, ...((b.elements ?? []) as Json[]).map((e) => e.text)]).filter((t): t is string => typeof t === 'string').map(unescape);
}

/**
 * Digests on Slack end to end, wired as main.ts wires them: the real facts and engine, a SQLite store in a temp
 * directory, createDigests on a clock the test moves, the real commands, and real Bolt answering signed HTTP
 * requests against the fake Slack Web API, whose chat.postMessage receives the scheduled digest.
 * The steps share one subscription, so they run in order.
 */
describe('Slack digests, from /brief digest subscribe to the scheduled post', () => {
  let wiring: DigestWiring;
  let bot: TestBot;
  let answers = 0;

  beforeAll(async () => {
    wiring = await wireDigests();
    bot = await startTestBot({ commands, services: wiring.services });
    wiring.digests.addPoster(bot.slack.poster);
    bot.api.admins.add(ALICE.id);
  });
  afterAll(async () => {
    await bot?.close();
    await wiring?.close();
  });

  /** Sends `/brief <text>` as `user` in the channel; resolves with what Bolt posted to the response_url. */
  async function brief(text: string, user: { id: string; name: string } = ALICE): Promise<Json> {
    const payload = slashCommand(text, bot.api.responseUrl(`r${answers}`), { user_id: user.id, user_name: user.name });
    const ack = await postSigned(`${bot.url}/slack/events`, form(payload));
    expect(ack).toMatchObject({ status: 200, text: '' });
    answers += 1;
    const calls = await bot.api.waitFor('response_url', answers);
    return calls[answers - 1]!.body;
  }

  const posts = () => bot.api.callsTo('chat.postMessage');

  it('confirms a workspace admin subscribing the channel, with the schedule, zone and next slot', async () => {
    const body = await brief('digest subscribe daily 09:00 Europe/Moscow');
    expect(body.response_type).toBe('ephemeral');
    expect(texts(body).join('\n')).toMatch(
      /^Subscribed this channel to digests: daily 09:00 \(Europe\/Moscow\)\. Next digest: Mon 24 Mar 2025, 09:00 \(Europe\/Moscow\)\./,
    );
    expect(await wiring.store.findSubscription('slack', CHANNEL)).toMatchObject({ schedule: '0 9 * * *', timeZone: 'Europe/Moscow', createdBy: ALICE.name });
  });

  it('refuses a channel member who is not a workspace admin, after asking users.info about them', async () => {
    const body = await brief('digest unsubscribe', BOB);
    expect(body.response_type).toBe('ephemeral');
    expect(texts(body).join('\n')).toMatch(/^:warning: Only people who can manage this channel can change its digests/);
    expect(bot.api.callsTo('users.info').map((c) => c.body.user)).toContain(BOB.id);
    expect(await wiring.store.findSubscription('slack', CHANNEL)).toMatchObject({ createdBy: ALICE.name });
  });

  it('lists the subscription to anyone in the channel, privately', async () => {
    const body = await brief('digest list', BOB);
    expect(body.response_type).toBe('ephemeral');
    expect(texts(body).join('\n')).toContain('Digest: daily 09:00 (Europe/Moscow), set up by alice. Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow).');
  });

  it('posts exactly one digest in the channel once 09:00 Moscow time has passed, with the toll of 144 and its sources', async () => {
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    expect(posts()).toHaveLength(0);

    wiring.clock.set(AFTER_SLOT);
    const [result, ...more] = await wiring.digests.scheduler.tick();
    expect(more).toEqual([]);
    expect(result).toMatchObject({ outcome: 'posted', channelId: CHANNEL, late: false });
    expect(posts()).toHaveLength(1);
    const post = posts()[0]!;
    expect(post.body.channel).toBe(CHANNEL);
    expect(result?.outcome === 'posted' && result.messageRef).toMatch(/^\d+\.\d+$/);
    expect(blockProblems(post.body)).toEqual([]);
    expect(pingsIn(post.body)).toEqual([]);

    const shown = texts(post.body);
    expect(shown[0]).toContain('Crocus City Hall attack: overview');
    const at = shown.findIndex((t, i) => /\b144\b/.test(t) && shown[i + 1]?.startsWith('Sources: ') === true);
    expect(at, JSON.stringify(post.body.blocks)).toBeGreaterThanOrEqual(0);
    const sources = shown[at + 1] ?? '';
    const factId = /`([^`]+)`$/.exec(sources)?.[1] ?? '';
    expect(wiring.engine.core.factsById.get(factId)?.text).toBe(shown[at]);
    for (const name of sourceNames(wiring.engine.core, factId)) expect(sources).toContain(name);
  });

  it('posts nothing more for the same slot', async () => {
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    wiring.clock.advance(10 * 60_000);
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it('previews the next digest privately, without posting it', async () => {
    const body = await brief('digest preview', BOB);
    expect(body.response_type).toBe('ephemeral');
    expect(texts(body)[0]).toContain('No changes');
    expect(posts()).toHaveLength(1);
  });

  it('stops posting once unsubscribed', async () => {
    const body = await brief('digest unsubscribe');
    expect(texts(body).join('\n')).toBe('Unsubscribed: this channel gets no more digests.');
    wiring.clock.advance(DAY_MS);
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    expect(posts()).toHaveLength(1);
    expect([...wiring.logs, ...bot.logs].filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
