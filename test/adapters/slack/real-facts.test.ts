import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { realEngine, sourceNames } from '../real-facts.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { CHANNEL, form, mention, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An item as Slack shows it: its text (a section) followed by its sources line (a context block). */
interface ShownItem {
  text: string;
  sources: string;
  factId: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function shownItems(blocks: Json[]): ShownItem[] {
  const items: ShownItem[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const line = next?.type === 'context' ? unescape(String(next.elements?.[0]?.text ?? '')) : '';
    const factId = /`([^`]+)`$/.exec(line)?.[1];
    if (block.type === 'section' && factId !== undefined) items.push({ text: unescape(String(block.text.text)), sources: line, factId });
  });
  return items;
}

/**
 * `/brief` and mentions end to end: signed HTTP requests into real Bolt, the shared commands, the real engine on
 * the real facts, and the answers as the fake Slack receives them.
 */
describe('Slack with the shared commands on the real facts', () => {
  const engine = realEngine();
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ commands, services: { engine } });
  });
  afterEach(async () => {
    await bot.close();
  });

  async function answerTo(text: string): Promise<Json> {
    const before = bot.api.callsTo('response_url').length;
    const ack = await postSigned(`${bot.url}/slack/events`, form(slashCommand(text, bot.api.responseUrl('cmd'))));
    expect(ack).toMatchObject({ status: 200, text: '' });
    const answers = await bot.api.waitFor('response_url', before + 1);
    return answers[before]!.body;
  }

  it('answers /brief death toll privately with 144, the outlet and date of its source, and a Share button', async () => {
    const body = await answerTo('death toll');
    expect(body.response_type).toBe('ephemeral');
    const items = shownItems(body.blocks as Json[]);
    const toll = items.find((item) => /\b144\b/.test(item.text));
    expect(toll, JSON.stringify(body.blocks)).toBeDefined();
    expect(toll!.sources).toMatch(/^Sources: .+, \d{1,2} [A-Z][a-z]{2} 2024/);
    for (const name of sourceNames(engine.core, toll!.factId)) expect(toll!.sources).toContain(name);
    const share = (body.blocks as Json[]).find((b) => b.type === 'actions')?.elements?.[0];
    expect(share).toMatchObject({ action_id: 'brief_share', value: 'death toll' });
  });

  it('answers /brief timeline 23 March with what happened that day, each item sourced', async () => {
    const body = await answerTo('timeline 23 March');
    expect(JSON.stringify(body.blocks)).toMatch(/Timeline[^"]*23 March/);
    const items = shownItems(body.blocks as Json[]);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(engine.core.factsById.get(item.factId)?.date).toMatch(/^2024-03-23/);
      for (const name of sourceNames(engine.core, item.factId)) expect(item.sources).toContain(name);
    }
  });

  it('abstains on an off-topic question, suggesting questions it can answer, with nothing to share', async () => {
    const question = 'who won the 2018 world cup';
    const expected = engine.brief(question);
    expect(expected.answered).toBe(false);
    expect(expected.suggestions?.length).toBeGreaterThan(0);

    const body = await answerTo(question);
    const blocks = body.blocks as Json[];
    const texts = unescape(JSON.stringify(blocks));
    expect(texts).toContain(expected.text);
    expect(texts).toContain('Try asking:');
    for (const suggestion of expected.suggestions ?? []) expect(texts).toContain(`• ${suggestion}`);
    expect(shownItems(blocks)).toEqual([]);
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('answers /brief <!channel> who claimed the attack with the same claim as without the ping, not the "channel" NTV fact', async () => {
    const plain = shownItems((await answerTo('who claimed the attack')).blocks as Json[]);
    const pinged = shownItems((await answerTo('<!channel> <@U0BOB|bob> who claimed the attack')).blocks as Json[]);
    expect(plain.length).toBeGreaterThan(0);
    expect(pinged).toEqual(plain);
    expect(pinged.map((item) => item.text).join(' ')).not.toMatch(/NTV/);
  });

  it('answers a mention, "who claimed the attack?", in a thread under it with the Islamic State claim and its sources', async () => {
    const ts = '1711130000.000100';
    const payload = mention('who claimed the attack?', ts, 'EvClaim');
    expect((payload.event as Json).text).toBe('<@UBOT> who claimed the attack?');
    const res = await postSigned(`${bot.url}/slack/events`, JSON.stringify(payload), { contentType: 'application/json' });
    expect(res.status).toBe(200);
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: CHANNEL, thread_ts: ts });
    const claim = shownItems(post!.body.blocks as Json[]).find((item) => /Islamic State/.test(item.text));
    expect(claim, JSON.stringify(post!.body.blocks)).toBeDefined();
    for (const name of sourceNames(engine.core, claim!.factId)) expect(claim!.sources).toContain(name);
  });
});
