import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../../src/core/types.js';
import { DeliveryError } from '../../../src/digest/contracts.js';
import { blockProblems } from '../../fakes/slack-block-limits.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { TOLL_ITEM } from './support/fixture-commands.js';

const digest = (items: number): Digest => ({
  title: 'Crocus City Hall: daily digest',
  text: `${items} new facts since yesterday.`,
  sections: [
    { heading: 'New', items: Array.from({ length: items }, (_, i) => ({ ...TOLL_ITEM, id: `fact-${i}` })) },
    { heading: 'Key figures', items: [TOLL_ITEM] },
  ],
  unchanged: false,
  hashes: {},
});

async function failureOf(promise: Promise<unknown>): Promise<DeliveryError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('Slack digest poster', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ tuning: { apiTimeoutMs: 300 } });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('posts a digest to the channel and returns the message ts', async () => {
    const ts = await bot.slack.poster.post('C0DIGEST', digest(2));
    const post = bot.api.callsTo('chat.postMessage').at(-1)!;
    expect(post.body.channel).toBe('C0DIGEST');
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(JSON.stringify(post.body.blocks)).toContain('*New*');
    expect(JSON.stringify(post.body.blocks)).toContain('*Key figures*');
    expect(bot.slack.poster.platform).toBe('slack');
  });

  it('keeps a digest with a hundred items within Slack’s limits, saying how many were left out', async () => {
    await bot.slack.poster.post('C0DIGEST', digest(100));
    const post = bot.api.callsTo('chat.postMessage').at(-1)!;
    expect(blockProblems(post.body)).toEqual([]);
    expect(JSON.stringify(post.body.blocks)).toMatch(/…and \d+ more not shown/);
  });

  it('reports a 429 as rate_limited with the Retry-After in milliseconds, without retrying itself', async () => {
    bot.api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } });
    const before = bot.api.callsTo('chat.postMessage').length;
    const err = await failureOf(bot.slack.poster.post('C0DIGEST', digest(1)));
    expect(bot.api.callsTo('chat.postMessage').length - before).toBe(1);
    expect(err.failure).toBe('rate_limited');
    expect(err.retryAfterMs).toBe(30_000);
    expect(err.retryable).toBe(true);
  });

  it('reports a 500 as server_error', async () => {
    bot.api.script('chat.postMessage', { status: 500, body: { ok: false } });
    expect((await failureOf(bot.slack.poster.post('C0DIGEST', digest(1)))).failure).toBe('server_error');
  });

  it('reports a slow Slack as timeout', async () => {
    bot.api.script('chat.postMessage', { delayMs: 800 });
    expect((await failureOf(bot.slack.poster.post('C0DIGEST', digest(1)))).failure).toBe('timeout');
  });

  it.each([
    ['channel_not_found', 'channel_gone'],
    ['is_archived', 'channel_gone'],
    ['not_in_channel', 'forbidden'],
    ['restricted_action', 'forbidden'],
    ['invalid_auth', 'forbidden'],
    ['internal_error', 'server_error'],
    ['msg_too_long', 'unknown'],
  ])('reports Slack error %s as %s', async (error, failure) => {
    bot.api.script('chat.postMessage', { body: { ok: false, error } });
    const err = await failureOf(bot.slack.poster.post('C0DIGEST', digest(1)));
    expect(err.failure).toBe(failure);
    expect(err.message).toContain(error);
  });

  it('does not retry channel_gone or forbidden (the scheduler gives up on them)', async () => {
    bot.api.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const before = bot.api.callsTo('chat.postMessage').length;
    const err = await failureOf(bot.slack.poster.post('C0GONE', digest(1)));
    expect(bot.api.callsTo('chat.postMessage').length - before).toBe(1);
    expect(err.retryable).toBe(false);
  });
});
