import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createEngine } from '../../../src/core/engine.js';
import { createFeedbackLog } from '../../../src/store/feedback.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { hashUser } from '../../../src/store/user-hash.js';
import { miniCore } from '../../fixtures/mini-core.js';
import { buttonPayload, IDS, messageCreatePayload, PERMS, slashPayload } from '../../fakes/discord-payloads.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface Sent {
  flags?: number;
  embeds: { title?: string; description?: string; fields?: { value: string }[] }[];
  components?: { components: { custom_id: string; label: string }[] }[];
}

const SALT = '0123456789abcdef';
const at = new Date('2024-04-01T09:00:00Z');

/**
 * 👍 / 👎 under Discord answers, over the real discord.js and a fake Discord, with the shared commands on the real
 * engine and a real (in-memory SQLite) store.
 */
let h: Harness;
let store: Store;
beforeEach(async () => {
  store = await openStore({ kind: 'sqlite', file: ':memory:' }, pino({ level: 'silent' }));
  const feedback = createFeedbackLog(store, SALT, pino({ level: 'silent' }), () => at);
  h = await startHarness({ commands: () => commands, services: { engine: createEngine(miniCore()), feedback } });
});
afterEach(async () => {
  await h.close();
  await store.close();
});

/** Dispatches an interaction and resolves with the body of its callback. */
async function interact(payload: { id: string }): Promise<{ type: number; data: Sent }> {
  h.gateway.dispatch('INTERACTION_CREATE', payload);
  return (await h.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`))).body as { type: number; data: Sent };
}

const buttonIds = (sent: Sent) => (sent.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));
const ask = (question: string) => interact(slashPayload('brief', [{ name: 'question', type: 3, value: question }]));

describe('Discord 👍 / 👎', () => {
  it('puts vote buttons under an answer and stores one vote per person per answer, a second click changing it', async () => {
    const answer = await ask('how many people were killed?');
    const ids = buttonIds(answer.data);
    const up = ids.find((id) => id.startsWith('vote:up:'));
    const down = ids.find((id) => id.startsWith('vote:down:'));
    expect(up).toMatch(/^vote:up:[0-9a-f]{16}$/);
    expect(down).toBe(up?.replace('up', 'down'));
    expect(ids.length).toBeLessThanOrEqual(25);

    const first = await interact(buttonPayload(down!));
    expect(first.type).toBe(4);
    expect(first.data.flags).toBe(64);
    expect(first.data.embeds[0]?.description).toContain('did not help');
    await interact(buttonPayload(up!));

    const votes = await store.votesSince(new Date(0));
    expect(votes).toHaveLength(1);
    const shown = ids.filter((id) => id.startsWith('sources:')).map((id) => id.slice('sources:'.length));
    expect(votes[0]).toMatchObject({ platform: 'discord', question: 'how many people were killed?', vote: 'up', userHash: hashUser(SALT, 'discord', IDS.user) });
    expect(votes[0]!.factIds).toEqual(shown);
    expect(JSON.stringify(votes)).not.toContain(IDS.user);
    expect(h.rest.requests.filter((r) => r.method === 'POST' && r.path.includes('/channels/'))).toEqual([]);
    expect(errorLogs(h)).toEqual([]);
  });

  it('puts them under the answer to a mention too, and none under an abstention', async () => {
    const path = new RegExp(`^/channels/${IDS.channel}/messages$`);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> who claimed the attack?`, mentionsBot: true }));
    const reply = (await h.rest.waitFor('POST', path)).body as Sent;
    expect(buttonIds(reply).filter((id) => id.startsWith('vote:'))).toHaveLength(2);

    const abstained = await ask('what is the weather in Paris tomorrow?');
    expect(buttonIds(abstained.data).some((id) => id.startsWith('vote:'))).toBe(false);
  });

  it('says privately that a vote could not be saved when the answer is not known (pruned, or another store)', async () => {
    const reply = await interact(buttonPayload('vote:up:0123456789abcdef'));
    expect(reply.data.flags).toBe(64);
    expect(reply.data.embeds[0]?.description).toMatch(/could not be saved/);
    expect(await store.votesSince(new Date(0))).toEqual([]);
  });
});

describe('Discord /gaps', () => {
  it('shows the editors their report, privately, and refuses people who cannot manage the channel', async () => {
    await ask('what is the weather in Paris tomorrow?');
    const refused = await interact(slashPayload('gaps', [], PERMS.member));
    expect(refused.data.flags).toBe(64);
    expect(refused.data.embeds[0]?.description).toMatch(/Only people who can manage this channel/);

    const report = await interact(slashPayload('gaps', [{ name: 'since', type: 3, value: '24h' }], PERMS.manageChannels));
    expect(report.data.flags).toBe(64);
    expect(report.data.embeds[0]?.description).toMatch(/Unanswered questions[^\n]*\n\s+1\s+what is the weather in Paris tomorrow\?/);
  });
});

describe('Discord answers whose vote buttons wait on a slow store', () => {
  it('defers the interaction (type 5) while the answer is being saved, then edits the answer in, buttons and all', async () => {
    const slowStore = await openStore({ kind: 'sqlite', file: ':memory:' }, pino({ level: 'silent' }));
    // The same SQLite store, but saving an answer takes longer than the adapter waits before deferring.
    const slow: Store = Object.assign(Object.create(slowStore) as Store, {
      saveAnswer: async (...args: Parameters<Store['saveAnswer']>) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return slowStore.saveAnswer(...args);
      },
    });
    const feedback = createFeedbackLog(slow, SALT, pino({ level: 'silent' }), () => at);
    const slowHarness = await startHarness({ commands: () => commands, services: { engine: createEngine(miniCore()), feedback }, deferAfterMs: 150 });
    try {
      const payload = slashPayload('brief', [{ name: 'question', type: 3, value: 'how many people were killed?' }]);
      slowHarness.gateway.dispatch('INTERACTION_CREATE', payload);
      const callback = await slowHarness.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`));
      expect((callback.body as { type: number }).type).toBe(5);
      const edit = await slowHarness.rest.waitFor('PATCH', new RegExp(`^/webhooks/${IDS.app}/${payload.token}/messages/@original$`));
      expect(buttonIds(edit.body as Sent).some((id) => id.startsWith('vote:'))).toBe(true);
    } finally {
      await slowHarness.close();
      await slowStore.close();
    }
  });
});
