import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../../src/adapters/discord/poster.js';
import type { Digest } from '../../../src/core/types.js';
import { DeliveryError } from '../../../src/digest/contracts.js';
import { IDS } from '../../fakes/discord-payloads.js';
import { DISCORD_ERRORS, FakeDiscordRest, type FakeResponse } from '../../fakes/discord-rest.js';
import { weeklyDigest } from './fixtures.js';

let rest: FakeDiscordRest;
let poster: ReturnType<typeof createDiscordPoster>;
beforeAll(async () => {
  rest = await FakeDiscordRest.start();
  poster = createDiscordPoster({
    token: 'fake-bot-token',
    apiUrl: rest.apiUrl,
    timeoutMs: 200,
    render: { dataAsOf: '2024-03-29', sourceButtons: true },
  });
});
afterAll(async () => {
  poster.destroy();
  await rest.close();
});
afterEach(() => {
  rest.requests.length = 0;
});

const channelPath = (id: string) => new RegExp(`^/channels/${id}/messages$`);

/** A digest far larger than one Discord message can hold. */
function hugeDigest(): Digest {
  const item = (i: number) => ({
    id: `fact-${i}`,
    text: `Fact ${i}: ${'the rescue services reported more people evacuated from the burning building. '.repeat(5)}`,
    date: '2024-03-23',
    sources: [{ id: 's1', outlet: 'Reuters', title: 'Moscow attack', date: '2024-03-24' }],
  });
  const sections = Array.from({ length: 12 }, (_, s) => ({
    heading: `Section ${s + 1}`,
    items: Array.from({ length: 30 }, (_, i) => item(s * 30 + i)),
  }));
  return { title: 'Crocus City Hall: weekly digest', text: 'Many updates.', sections, unchanged: false, hashes: {} };
}

async function failure(response: FakeResponse, channel: string = IDS.channel): Promise<DeliveryError> {
  rest.fail('POST', channelPath(channel), response);
  const error = await poster.post(channel, weeklyDigest).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('Discord digest poster', () => {
  it('posts a digest as embeds with Sources buttons, pinging no one, and returns the message id', async () => {
    const id = await poster.post(IDS.channel, weeklyDigest);
    const [request] = rest.find('POST', channelPath(IDS.channel));
    const body = request?.body as { embeds: { title: string }[]; components: unknown[]; allowed_mentions: unknown };
    expect(id).toMatch(/^\d{17,20}$/);
    expect(request?.headers.authorization).toBe('Bot fake-bot-token');
    expect(body.embeds.map((e) => e.title)).toEqual(['Crocus City Hall: what is new', 'Revised']);
    expect(body.components).toHaveLength(1);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('keeps a digest too big for one message within Discord limits', async () => {
    await poster.post(IDS.channel, hugeDigest());
    const body = rest.find('POST', channelPath(IDS.channel))[0]?.body as {
      embeds: { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
      components: { components: unknown[] }[];
    };
    const total = body.embeds.reduce(
      (sum, e) =>
        sum +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
      0,
    );
    expect(body.embeds.length).toBeLessThanOrEqual(10);
    expect(total).toBeLessThanOrEqual(6000);
    expect(body.embeds.every((e) => (e.fields?.length ?? 0) <= 25)).toBe(true);
    expect(body.components.flatMap((r) => r.components).length).toBeLessThanOrEqual(25);
    expect(body.embeds.at(-1)?.footer?.text).toMatch(/^Data as of 29 Mar 2024 · \d+ more not shown$/);
  });

  it('reports a 429 as rate_limited with the wait Discord asked for, after one request and no retry', async () => {
    const error = await failure(DISCORD_ERRORS.rateLimited(7));
    expect(error.failure).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(7000);
    expect(error.retryable).toBe(true);
    expect(rest.find('POST', channelPath(IDS.channel))).toHaveLength(1);
  });

  it('reports a 500 as a retryable server_error after one attempt, leaving retries to the scheduler', async () => {
    const error = await failure(DISCORD_ERRORS.serverError(), IDS.thread);
    expect(error.failure).toBe('server_error');
    expect(error.retryable).toBe(true);
    expect(rest.find('POST', channelPath(IDS.thread))).toHaveLength(1);
  });

  it('reports Unknown Channel (10003) as channel_gone, not worth retrying', async () => {
    const error = await failure(DISCORD_ERRORS.unknownChannel(), '1210000000000009999');
    expect(error.failure).toBe('channel_gone');
    expect(error.retryable).toBe(false);
  });

  it.each([
    ['Missing Access (50001)', DISCORD_ERRORS.missingAccess()],
    ['Missing Permissions (50013)', DISCORD_ERRORS.missingPermissions()],
  ])('reports %s as forbidden', async (_label, response) => {
    const error = await failure(response, '1210000000000008888');
    expect(error.failure).toBe('forbidden');
    expect(error.retryable).toBe(false);
  });

  it('reports a request Discord does not answer in time as a timeout', async () => {
    const error = await failure({ status: 200, body: { id: '1' }, delayMs: 1000 }, '1210000000000007777');
    expect(error.failure).toBe('timeout');
    expect(error.retryable).toBe(true);
  });
});
