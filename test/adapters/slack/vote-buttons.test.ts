import { pino } from 'pino';
import { commands } from '../../../commands/index.js';
import { createEngine } from '../../../src/core/engine.js';
import { miniCore } from '../../fixtures/mini-core.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedbackLog } from '../../../src/store/feedback.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { hashUser } from '../../../src/store/user-hash.js';
import { fixtureEngine } from './support/fixture-commands.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { ALICE, form, interactionForm, shareClick, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SALT = '0123456789abcdef';

/** A click on one of an answer's buttons, as Slack sends it. */
function click(button: Json, responseUrl: string): Record<string, unknown> {
  const payload = shareClick(button.value as string, responseUrl);
  const [action] = payload.actions as Json[];
  return { ...payload, actions: [{ ...action, action_id: button.action_id, text: button.text }] };
}

describe('Slack 👍 / 👎 on answered briefings, real Bolt against the fake Slack', () => {
  let bot: TestBot;
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' }, pino({ level: 'silent' }));
    bot = await startTestBot({ services: { engine: fixtureEngine(), feedback: createFeedbackLog(store, SALT, pino({ level: 'silent' }), () => new Date('2025-06-01T10:00:00Z')) } });
  });
  afterEach(async () => {
    await bot.close();
    await store.close();
  });

  async function answerTo(text: string): Promise<Json> {
    await postSigned(`${bot.url}/slack/events`, form(slashCommand(text, bot.api.responseUrl('cmd'))));
    const [answer] = await bot.api.waitFor('response_url');
    return answer!.body;
  }

  it('stores one vote per person per answer, a second click changing it, and acknowledges only the voter', async () => {
    const body = await answerTo('how many died');
    const buttons = (body.blocks as Json[]).find((b) => b.type === 'actions')!.elements as Json[];
    expect(buttons.map((b) => b.action_id)).toEqual(['brief_share', 'brief_vote_up', 'brief_vote_down']);
    const down = buttons.find((b) => b.action_id === 'brief_vote_down')!;
    const up = buttons.find((b) => b.action_id === 'brief_vote_up')!;

    expect((await postSigned(`${bot.url}/slack/events`, interactionForm(click(down, bot.api.responseUrl('vote-1'))))).status).toBe(200);
    const [ack] = (await bot.api.waitFor('response_url', 2)).filter((c) => c.responseId === 'vote-1');
    expect(ack!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(ack!.body.text).toContain('did not help');
    await postSigned(`${bot.url}/slack/events`, interactionForm(click(up, bot.api.responseUrl('vote-2'))));
    await bot.api.waitFor('response_url', 3);

    const votes = await store.votesSince(new Date(0));
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ platform: 'slack', question: 'how many died', vote: 'up', userHash: hashUser(SALT, 'slack', ALICE.id) });
    expect(votes[0]!.factIds.length).toBeGreaterThan(0);
    expect(bot.api.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('puts no vote buttons on an abstention', async () => {
    const body = await answerTo('what is the weather in Moscow');
    expect((body.blocks as Json[]).some((b) => b.type === 'actions')).toBe(false);
  });
});

describe('Slack /brief gaps, real Bolt against the fake Slack', () => {
  it('shows a workspace admin the questions left unanswered, only to them', async () => {
    const store = await openStore({ kind: 'sqlite', file: ':memory:' }, pino({ level: 'silent' }));
    const feedback = createFeedbackLog(store, SALT, pino({ level: 'silent' }), () => new Date());
    const bot = await startTestBot({ commands, services: { engine: createEngine(miniCore()), feedback } });
    try {
      bot.api.admins.add(ALICE.id);
      await postSigned(`${bot.url}/slack/events`, form(slashCommand('what is the weather in Moscow', bot.api.responseUrl('ask'))));
      await bot.api.waitFor('response_url');
      await postSigned(`${bot.url}/slack/events`, form(slashCommand('gaps 24h', bot.api.responseUrl('gaps'))));
      const [report] = (await bot.api.waitFor('response_url', 2)).filter((c) => c.responseId === 'gaps');
      expect(report!.body.response_type).toBe('ephemeral');
      expect(JSON.stringify(report!.body.blocks)).toMatch(/Unanswered questions[^"]*\\n\s+1\s+what is the weather in Moscow/);
    } finally {
      await bot.close();
      await store.close();
    }
  });
});
