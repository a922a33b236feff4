import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './support/bot.js';
import { CHANNEL, mention, shareClick, slashCommand } from './support/payloads.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Slack over Socket Mode', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ mode: 'socket' });
    await bot.socket!.connected();
  });
  afterEach(async () => {
    await bot.close();
  });

  it('opens the connection with the app token through apps.connections.open', () => {
    const [open] = bot.api.callsTo('apps.connections.open');
    expect(open?.headers.authorization).toBe('Bearer xapp-fake-app');
    expect(bot.api.callsTo('auth.test')).toHaveLength(1);
  });

  it('acks a slash command envelope and answers ephemerally with a share button', async () => {
    const ack = await bot.socket!.send('slash_commands', slashCommand('how many died', bot.api.responseUrl('cmd')));
    expect(ack.envelope_id).toBeTruthy();
    expect(ack.payload ?? {}).toEqual({}); // an empty ack: the answer goes to response_url
    const [answer] = await bot.api.waitFor('response_url');
    expect(answer!.body.response_type).toBe('ephemeral');
    expect((answer!.body.blocks as Json[]).some((b) => b.type === 'actions')).toBe(true);
  });

  it('posts publicly when Share is clicked', async () => {
    await bot.socket!.send('interactive', shareClick('how many died', bot.api.responseUrl('share')));
    const [shared] = await bot.api.waitFor('response_url');
    expect(shared!.body.response_type).toBe('in_channel');
    expect(JSON.stringify(shared!.body.blocks)).toContain('Shared by alice');
  });

  it('answers a mention in its thread', async () => {
    await bot.socket!.send('events_api', mention('how many died?', '1711130000.000100', 'EvS1'));
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: CHANNEL, thread_ts: '1711130000.000100' });
  });

  it('does not answer a redelivered envelope (retry_attempt 1, same event_id) a second time', async () => {
    const payload = mention('how many died?', '1711130000.000200', 'EvS2');
    await bot.socket!.send('events_api', payload);
    await bot.api.waitFor('chat.postMessage');
    const ack = await bot.socket!.send('events_api', payload, { attempt: 1, reason: 'timeout' });
    expect(ack.envelope_id).toBeTruthy();
    await new Promise((r) => setTimeout(r, 150));
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('serves /health, reporting the socket connected', async () => {
    const res = await fetch(`http://127.0.0.1:${bot.slack.port}/health`);
    expect(await res.json()).toEqual({ ok: true, mode: 'socket', connected: true });
  });

  it('reports unhealthy with 503 once the socket is gone', async () => {
    await bot.slack.app.stop();
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`http://127.0.0.1:${bot.slack.port}/health`);
    expect(res.status).toBe(503);
  });
});
