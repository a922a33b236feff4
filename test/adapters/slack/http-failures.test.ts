import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './support/bot.js';
import { form, mention, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

describe('Slack HTTP endpoint: requests we refuse, and Slack failing', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot();
  });
  afterEach(async () => {
    await bot.close();
  });

  const command = (text: string) => form(slashCommand(text, bot.api.responseUrl('cmd')));
  const sendMention = (text: string, ts: string, id: string) =>
    postSigned(`${bot.url}/slack/events`, JSON.stringify(mention(text, ts, id)), { contentType: 'application/json' });

  it('refuses a request signed with the wrong secret with 401 and answers nothing', async () => {
    const res = await postSigned(`${bot.url}/slack/events`, command('death toll'), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(bot.api.callsTo('response_url')).toHaveLength(0);
  });

  it('refuses a correctly signed request whose timestamp is more than five minutes old with 401', async () => {
    const stale = Math.floor(Date.now() / 1000) - 5 * 60 - 30;
    const res = await postSigned(`${bot.url}/slack/events`, command('death toll'), { timestamp: stale });
    expect(res.status).toBe(401);
  });

  it('accepts a request four minutes old', async () => {
    const recent = Math.floor(Date.now() / 1000) - 4 * 60;
    const res = await postSigned(`${bot.url}/slack/events`, command('death toll'), { timestamp: recent });
    expect(res.status).toBe(200);
  });

  it('serves GET /health for probes', async () => {
    const res = await fetch(`${bot.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, mode: 'http', connected: true });
  });

  it('waits out a 429 for the Retry-After Slack gave, then posts the answer', async () => {
    bot.api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    await sendMention('how many died?', '1711130000.000100', 'Ev429');
    const [limited, posted] = await bot.api.waitFor('chat.postMessage', 2, 5000);
    expect(posted!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(posted!.body.text).toContain('145 people were killed');
  });

  it('retries a 500 from the Web API and delivers the answer', async () => {
    bot.api.script('chat.postMessage', { status: 500, body: { ok: false } });
    await sendMention('how many died?', '1711130000.000200', 'Ev500');
    const posts = await bot.api.waitFor('chat.postMessage', 2);
    expect(posts[1]!.body.text).toContain('145 people were killed');
  });

  it('logs when Slack keeps failing, tells the asker privately, stays up and answers the next question', async () => {
    const down = { status: 503, body: { ok: false } };
    bot.api.script('chat.postMessage', down, down, down);
    await sendMention('how many died?', '1711130000.000300', 'EvDown');
    await bot.api.waitFor('chat.postMessage', 3);
    const [apology] = await bot.api.waitFor('chat.postEphemeral');
    expect(apology!.body.text).toContain('Sorry, something went wrong');
    expect(bot.logs.some((l) => l.msg === 'slack reply failed' && l.level === 50)).toBe(true);
    await sendMention('how many died?', '1711130000.000400', 'EvUp');
    const posts = await bot.api.waitFor('chat.postMessage', 4);
    expect(posts[3]!.body.text).toContain('145 people were killed');
  });

  it('honours Retry-After on a rate-limited response_url', async () => {
    bot.api.script('response_url', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false } });
    await postSigned(`${bot.url}/slack/events`, command('how many died'));
    const [limited, answered] = await bot.api.waitFor('response_url', 2, 5000);
    expect(answered!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(answered!.body.response_type).toBe('ephemeral');
  });

  it('falls back to a short apology when Slack refuses the answer itself', async () => {
    bot.api.script('response_url', { status: 400, body: { ok: false, error: 'invalid_blocks' } });
    await postSigned(`${bot.url}/slack/events`, command('how many died'));
    const [, apology] = await bot.api.waitFor('response_url', 2);
    expect(apology!.body).toMatchObject({ response_type: 'ephemeral' });
    expect(apology!.body.text).toContain('Sorry, something went wrong');
  });
});
