import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../commands/command.js';
import { messages } from '../../../src/core/messages/index.js';
import type { Reply } from '../../../src/core/reply.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { fixtureCommands } from './support/fixture-commands.js';
import { eventCallback, form, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

/** A gate the test opens: commands that wait on it finish only when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** The fixture commands plus `hold`, whose answer waits for `held.opened`. */
function withHold(held: { opened: Promise<void> }): readonly Command[] {
  const hold: Command = {
    name: 'hold',
    description: 'Answers once the test lets it',
    options: [],
    run: async (): Promise<Reply> => {
      await held.opened;
      return { kind: 'notice', text: 'Released.', ephemeral: true };
    },
  };
  return [...fixtureCommands, hold];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Slack over HTTP under load: the ack comes first, every answer once', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  const brief = (b: TestBot, text: string, id: string) => postSigned(`${b.url}/slack/events`, form(slashCommand(text, b.api.responseUrl(id))));

  it('acks a command whose answer is still being worked on, and answers at its response_url once the work ends', async () => {
    const held = gate();
    bot = await startTestBot({ commands: withHold(held) });
    const ack = await brief(bot, 'hold', 'held');
    expect([ack.status, ack.text]).toEqual([200, '']);
    await pause(100);
    expect(bot.api.callsTo('response_url')).toHaveLength(0);
    held.open();
    const [answer] = await bot.api.waitFor('response_url');
    expect(answer?.responseId).toBe('held');
    expect(answer?.body.text).toBe('Released.');
  });

  it('still acks when the queue is full, and tells the asker to try again instead of answering', async () => {
    const held = gate();
    bot = await startTestBot({ commands: withHold(held), tuning: { work: { concurrency: 1, whileReceiving: 1, quietMs: 1, maxWaiting: 1 } } });
    const first = await brief(bot, 'hold', 'running');
    await pause(100); // the first answer is now running, holding the only slot
    const second = await brief(bot, 'hold', 'waiting');
    await pause(100); // the second waits: the queue is full
    const third = await brief(bot, 'how many died', 'refused');
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    const [busy] = await bot.api.waitFor('response_url');
    expect(busy?.responseId).toBe('refused');
    expect(busy?.body.response_type).toBe('ephemeral');
    expect(busy?.body.text).toBe(messages('en').ui.tooBusy);
    held.open();
    const all = await bot.api.waitFor('response_url', 3);
    expect(all.map((c) => c.responseId).sort()).toEqual(['refused', 'running', 'waiting']);
    expect(all.filter((c) => c.body.text === 'Released.')).toHaveLength(2);
  });

  it('says "too busy" in Russian to a question asked in Russian', async () => {
    bot = await startTestBot({ tuning: { work: { concurrency: 1, whileReceiving: 1, quietMs: 1, maxWaiting: 0 } } });
    expect((await brief(bot, 'сколько погибло', 'refused')).status).toBe(200);
    const [busy] = await bot.api.waitFor('response_url');
    expect(busy?.body.text).toBe(messages('ru').ui.tooBusy);
  });

  it('answers each of 50 concurrent commands exactly once, at its own response_url', async () => {
    bot = await startTestBot();
    const b = bot;
    const acks = await Promise.all(Array.from({ length: 50 }, (_, i) => brief(b, `death toll ${i}`, `burst-${i}`)));
    expect(acks.every((a) => a.status === 200 && a.text === '')).toBe(true);
    await b.api.waitFor('response_url', 50);
    await b.slack.stop(); // waits for the queue: anything still owed would arrive now
    const ids = b.api.callsTo('response_url').map((c) => c.responseId);
    expect(ids).toHaveLength(50);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `burst-${i}`)));
    expect(b.api.callsTo('response_url').every((c) => String(c.body.text).includes('145 people were killed'))).toBe(true);
  });

  it('refuses a request with no signature, as Bolt does, and answers nothing', async () => {
    bot = await startTestBot();
    const res = await fetch(`${bot.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) },
      body: form(slashCommand('how many died', bot.api.responseUrl('unsigned'))),
    });
    expect(res.status).toBe(401);
    await pause(200);
    expect(bot.api.callsTo('response_url')).toHaveLength(0);
  });

  it('answers the Events API URL check with its challenge, and Slack’s SSL check with 200', async () => {
    bot = await startTestBot();
    const check = await postSigned(`${bot.url}/slack/events`, JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c-123' }), {
      contentType: 'application/json',
    });
    expect(check.status).toBe(200);
    expect(JSON.parse(check.text)).toEqual({ challenge: 'c-123' });
    const ssl = await fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ssl_check=1&token=t' });
    expect(ssl.status).toBe(200);
  });

  it('answers unknown paths with 404 and keeps /health', async () => {
    bot = await startTestBot();
    expect((await fetch(`${bot.url}/nowhere`)).status).toBe(404);
    const health = await fetch(`${bot.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, mode: 'http' });
  });

  it('answers a mention once when Slack retries it while the first delivery still waits in the queue', async () => {
    const held = gate();
    bot = await startTestBot({ commands: withHold(held) });
    const body = JSON.stringify(eventCallback({ type: 'app_mention', user: 'U0ALICE', text: '<@UBOT> hold', ts: '1711130000.000100', channel: 'C0GENERAL' }, 'Ev0HOLD'));
    const url = `${bot.url}/slack/events`;
    const json = { contentType: 'application/json' };
    await postSigned(url, body, json);
    await postSigned(url, body, { ...json, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    held.open();
    await bot.api.waitFor('chat.postEphemeral');
    await bot.slack.stop();
    expect(bot.api.callsTo('chat.postEphemeral').length + bot.api.callsTo('chat.postMessage').length).toBe(1);
  });
});
