import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { discordMessageProblems } from '../../fakes/discord-message-limits.js';
import { IDS, PERMS, slashPayload } from '../../fakes/discord-payloads.js';
import { AFTER_SLOT, DAY_MS, wireDigests, type DigestWiring } from '../digest-e2e-support.js';
import { sourceNames } from '../real-facts.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface Field {
  name: string;
  value: string;
}
interface Embed {
  title?: string;
  description?: string;
  fields?: Field[];
}
interface Callback {
  type: number;
  data: { flags?: number; embeds: Embed[] };
}

/** A member's permissions plus Manage Channels (bit 4). */
const MANAGER_PERMS = String(BigInt(PERMS.member) | BigInt(PERMS.manageChannels));
const EPHEMERAL = 64;
const CHANNEL_MESSAGES = new RegExp(`^/channels/${IDS.channel}/messages$`);

const shown = (data: Callback['data']) => data.embeds.map((e) => [e.title, e.description].filter(Boolean).join('\n')).join('\n');

/**
 * Digests on Discord end to end, wired as main.ts wires them: the real facts and engine, a SQLite store in a temp
 * directory, createDigests on a clock the test moves, the real commands, and real discord.js logged in to the fake
 * gateway and REST API, which receives the scheduled digest as POST /channels/:id/messages.
 * The steps share one subscription, so they run in order.
 */
describe('Discord digests, from /digest subscribe to the scheduled post', () => {
  let wiring: DigestWiring;
  let h: Harness;

  beforeAll(async () => {
    wiring = await wireDigests();
    h = await startHarness({ commands: () => commands, services: wiring.services });
    wiring.digests.addPoster(h.adapter.poster);
  });
  afterAll(async () => {
    await h?.close();
    await wiring?.close();
  });

  /** `/digest action:<action> [schedule:<schedule>]` in the news channel; resolves with the interaction callback. */
  async function digest(action: string, schedule?: string, permissions = MANAGER_PERMS): Promise<Callback> {
    const options = [{ name: 'action', type: 3 as const, value: action }];
    if (schedule !== undefined) options.push({ name: 'schedule', type: 3, value: schedule });
    const payload = slashPayload('digest', options, permissions);
    h.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = (await h.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`))).body as Callback;
    expect(callback.type).toBe(4);
    return callback;
  }

  const posts = () => h.rest.find('POST', CHANNEL_MESSAGES);

  it('confirms a member with Manage Channels subscribing the channel, in the channel', async () => {
    const answer = await digest('subscribe', 'daily 09:00 Europe/Moscow');
    expect(answer.data.flags ?? 0).toBe(0);
    expect(shown(answer.data)).toMatch(
      /^Subscribed this channel to digests: daily 09:00 \(Europe\/Moscow\)\. Next digest: Mon 24 Mar 2025, 09:00 \(Europe\/Moscow\)\./,
    );
    expect(await wiring.store.findSubscription('discord', IDS.channel)).toMatchObject({ schedule: '0 9 * * *', timeZone: 'Europe/Moscow', createdBy: 'asker' });
  });

  it('refuses a member without Manage Channels, privately', async () => {
    const answer = await digest('subscribe', 'weekly friday 18:00 UTC', PERMS.member);
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(shown(answer.data)).toMatch(/^Only people who can manage this channel can change its digests/);
    expect(await wiring.store.findSubscription('discord', IDS.channel)).toMatchObject({ schedule: '0 9 * * *' });
  });

  it('lists the subscription to any member, privately', async () => {
    const answer = await digest('list', undefined, PERMS.member);
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(shown(answer.data)).toContain('Digest: daily 09:00 (Europe/Moscow), set up by asker. Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow).');
  });

  it('posts exactly one digest in the channel once 09:00 Moscow time has passed, with the toll of 144 and its sources', async () => {
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    expect(posts()).toHaveLength(0);

    wiring.clock.set(AFTER_SLOT);
    const results = await wiring.digests.scheduler.tick();
    expect(results).toMatchObject([{ outcome: 'posted', channelId: IDS.channel, late: false }]);
    expect(posts()).toHaveLength(1);
    const body = posts()[0]!.body as { embeds: Embed[]; allowed_mentions: unknown };
    expect(discordMessageProblems(body)).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.title).toBe('Crocus City Hall attack: overview');

    const items = body.embeds.flatMap((e) => e.fields ?? []).map((f) => f.value.split('\n'));
    const toll = items.find(([text]) => /\b144\b/.test(text ?? ''));
    expect(toll, JSON.stringify(body.embeds)).toBeDefined();
    const [text = '', sources = ''] = toll!;
    const factId = /`([^`]+)`$/.exec(sources)?.[1] ?? '';
    expect(wiring.engine.core.factsById.get(factId)?.text).toBe(text);
    expect(sources).toMatch(/^Sources?: /);
    for (const name of sourceNames(wiring.engine.core, factId)) expect(sources).toContain(name);
  });

  it('posts nothing more for the same slot', async () => {
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    wiring.clock.advance(10 * 60_000);
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it('previews the next digest privately, without posting it', async () => {
    const answer = await digest('preview', undefined, PERMS.member);
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(answer.data.embeds[0]?.title).toBe('No changes');
    expect(discordMessageProblems(answer.data)).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it('stops posting once unsubscribed', async () => {
    const answer = await digest('unsubscribe');
    expect(shown(answer.data)).toBe('Unsubscribed: this channel gets no more digests.');
    wiring.clock.advance(DAY_MS);
    expect(await wiring.digests.scheduler.tick()).toEqual([]);
    expect(posts()).toHaveLength(1);
    expect([...wiring.logs.filter((l) => Number(l.level) >= 50), ...errorLogs(h)]).toEqual([]);
  });
});
