import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { commands } from '../../commands/index.js';
import { createEngine } from '../../src/core/engine.js';
import type { Caller } from '../../src/core/reply.js';
import { createFeedbackLog } from '../../src/store/feedback.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { hashUser } from '../../src/store/user-hash.js';
import { miniCore } from '../fixtures/mini-core.js';

const engine = createEngine(miniCore());
const SALT = '0123456789abcdef';
const caller: Caller = { platform: 'slack', userId: 'U-raw-id', channelId: 'C1', canManageChannel: false };
const at = new Date('2025-06-01T10:00:00Z');
const ask = commands.find((c) => c.name === 'ask')!;

let store: Store;
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' }, pino({ level: 'silent' }));
});
afterEach(async () => {
  await store.close().catch(() => undefined);
});

function ctx(question: string): CommandContext {
  const feedback = createFeedbackLog(store, SALT, pino({ level: 'silent' }), () => at);
  return { options: { question }, caller, services: { engine, feedback }, now: () => at, commands };
}

describe('ask records what it could not answer', () => {
  it('records an abstention with the question, platform, channel and a salted hash of the user, never the raw id', async () => {
    await ask.run(ctx('Who won the World Cup?'));
    const kept = await store.abstentionsSince(new Date(0));
    expect(kept).toEqual([{ platform: 'slack', channelId: 'C1', userHash: hashUser(SALT, 'slack', 'U-raw-id'), question: 'Who won the World Cup?', at }]);
    expect(JSON.stringify(kept)).not.toContain('U-raw-id');
  });

  it('records nothing for an answered question', async () => {
    const r = await ask.run(ctx('How many people died?'));
    expect(r.kind === 'briefing' && r.briefing.answered).toBe(true);
    expect(await store.abstentionsSince(new Date(0))).toEqual([]);
  });

  it('still answers when the store fails', async () => {
    const context = ctx('Who won the World Cup?');
    await store.close();
    const r = await ask.run(context);
    expect(r.kind === 'briefing' && r.briefing.answered).toBe(false);
  });
});

describe('gaps, the editors\' report in chat', () => {
  const gaps = commands.find((c) => c.name === 'gaps')!;
  const run = (since: string | undefined, canManageChannel: boolean, withFeedback = true) => {
    const feedback = createFeedbackLog(store, SALT, pino({ level: 'silent' }), () => at);
    const services = withFeedback ? { engine, feedback } : { engine };
    return gaps.run({ options: { since }, caller: { ...caller, canManageChannel }, services, now: () => at, commands });
  };
  const text = (r: Awaited<ReturnType<typeof run>>) => (r.kind === 'notice' ? r.text : '');

  it('lists the questions left unanswered since the cut-off, to the asker only', async () => {
    await ask.run(ctx('Who won the World Cup?'));
    await ask.run(ctx('who won the world cup'));
    const r = await run('7d', true);
    expect(r).toMatchObject({ kind: 'notice', ephemeral: true });
    expect(text(r)).toMatch(/Unanswered questions \(times asked\):\n {2}2 {2}Who won the World Cup\?/);
    expect(text(await run('1h', true))).toMatch(/Unanswered questions \(times asked\):\n {2}2/);
  });

  it('refuses people who cannot manage the channel, and says why a bad "since" or no store gives no report', async () => {
    expect(text(await run(undefined, false))).toMatch(/Only people who can manage this channel/);
    expect(text(await run('soon', true))).toMatch(/7d or 24h \(got "soon"\)/);
    expect(text(await run(undefined, true, false))).toMatch(/no store or no FEEDBACK_SALT/);
  });

  it('says the report could not be read when the store fails', async () => {
    await store.close();
    expect(text(await run(undefined, true))).toMatch(/could not be read/);
  });
});
