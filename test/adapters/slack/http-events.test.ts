import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pingsIn } from '../../fakes/slack-block-limits.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { ALICE, CHANNEL, directMessage, mention } from './support/payloads.js';
import { postSigned } from './support/signed.js';

const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('Slack mentions and DMs over HTTP', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot();
  });
  afterEach(async () => {
    await bot.close();
  });

  const send = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postSigned(`${bot.url}/slack/events`, JSON.stringify(payload), { contentType: 'application/json', headers });

  it('answers a mention in a new thread under the mention', async () => {
    const res = await send(mention('how many died?', '1711130000.000100', 'Ev001'));
    expect(res.status).toBe(200);
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: CHANNEL, thread_ts: '1711130000.000100' });
    expect(post!.body.text).toContain('145 people were killed');
    expect(post!.headers.authorization).toBe('Bearer xoxb-fake-bot');
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    await send(mention('how many died?', '1711130050.000100', 'Ev002', '1711130000.000001'));
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(post!.body.thread_ts).toBe('1711130000.000001');
  });

  it('asks a mention without the bot’s mention or any other markup, and pings nobody', async () => {
    await send(mention('<!channel> <@U0BOB|bob> death toll <https://example.org|today>', '1711130000.000300', 'Ev003'));
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(pingsIn(post!.body)).toEqual([]);
    expect(JSON.stringify(post!.body.blocks)).toContain('*death toll today*');
  });

  it('asks a direct message without its markup', async () => {
    await send(directMessage('<!here> how many died? <#C0NEWS|crocus>', '1711130000.000310', 'Ev0031'));
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(JSON.stringify(post!.body.blocks)).toContain('*how many died? crocus*');
  });

  it('answers a direct message in the DM', async () => {
    await send(directMessage('how many died?', '1711130000.000400', 'Ev004'));
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(post!.body.channel).toBe('D0ALICE');
    expect(post!.body.thread_ts).toBeUndefined();
  });

  it('does not answer a retried delivery (X-Slack-Retry-Num) a second time', async () => {
    const payload = mention('how many died?', '1711130000.000500', 'Ev005');
    await send(payload);
    await bot.api.waitFor('chat.postMessage');
    const retry = await send(payload, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await send(payload, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    await settle();
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(bot.logs.some((l) => l.msg === 'slack duplicate delivery ignored' && l.retryNum === 1)).toBe(true);
  });

  it('answers two different mentions both', async () => {
    await send(mention('how many died?', '1711130000.000600', 'Ev006'));
    await send(mention('how many died?', '1711130000.000700', 'Ev007'));
    await bot.api.waitFor('chat.postMessage', 2);
  });

  it('ignores messages from bots and edits in DMs', async () => {
    const bot_message = directMessage('hello', '1711130000.000800', 'Ev008');
    (bot_message.event as Record<string, unknown>).bot_id = 'BOTHER';
    await send(bot_message);
    const edit = directMessage('hello', '1711130000.000900', 'Ev009');
    (edit.event as Record<string, unknown>).subtype = 'message_changed';
    await send(edit);
    await settle();
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('keeps the thread kind when a command fails: a short apology only the asker sees, and an error log', async () => {
    await send(mention('make it explode', '1711130001.000100', 'Ev010'));
    const [post] = await bot.api.waitFor('chat.postEphemeral');
    expect(post!.body).toMatchObject({ channel: CHANNEL, user: ALICE.id, thread_ts: '1711130001.000100' });
    expect(post!.body.text).toContain('Sorry, something went wrong');
    expect(bot.logs.some((l) => l.msg === 'slack command failed' && l.level === 50)).toBe(true);
    // and the process still answers
    await send(mention('how many died?', '1711130002.000100', 'Ev011'));
    await bot.api.waitFor('chat.postMessage');
  });

  it('apologises in Russian for a failed Russian question', async () => {
    await send(mention('почему всё explode сломалось?', '1711130003.000100', 'Ev012'));
    const [post] = await bot.api.waitFor('chat.postEphemeral');
    expect(post!.body.text).toContain('Извините, при ответе что-то пошло не так.');
  });
});
