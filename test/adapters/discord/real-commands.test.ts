import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createEngine } from '../../../src/core/engine.js';
import { miniCore } from '../../fixtures/mini-core.js';
import { buttonPayload, IDS, messageCreatePayload, slashPayload } from '../../fakes/discord-payloads.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface Sent {
  flags?: number;
  embeds: { title?: string; description?: string; fields?: { value: string }[]; footer?: { text: string } }[];
  components: { components: { custom_id: string }[] }[];
  allowed_mentions: unknown;
}

/**
 * The shared commands from commands/ on the real engine (over the engine tests' small fact core), behind the real
 * discord.js and a fake Discord. Assertions stay structural: what is said belongs to the core's tests.
 */
let h: Harness;
beforeAll(async () => {
  const engine = createEngine(miniCore());
  h = await startHarness({ commands: () => commands, services: { engine } });
});
afterAll(async () => {
  await h.close();
});

describe('Discord with the shared commands and the real engine', () => {
  it('answers a mention about the claim with sourced items, then the Sources button with full citations', async () => {
    const path = new RegExp(`^/channels/${IDS.channel}/messages$`);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> who claimed the attack?`, mentionsBot: true }));
    const reply = (await h.rest.waitFor('POST', path)).body as Sent;
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f.value).toMatch(/\nSources?: .+, \d{1,2} \w{3} \d{4}/);
    expect(reply.embeds.at(-1)?.footer?.text).toMatch(/^Data as of \d{1,2} \w{3} \d{4}/);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const customId = reply.components[0]?.components[0]?.custom_id ?? '';
    expect(customId).toMatch(/^sources:/);
    const click = buttonPayload(customId);
    h.gateway.dispatch('INTERACTION_CREATE', click);
    const callback = (await h.rest.waitFor('POST', new RegExp(`^/interactions/${click.id}/`))).body as { type: number; data: Sent };
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(64);
    expect(callback.data.embeds[0]?.description?.length).toBeGreaterThan(0);
  });

  it.each([
    ['brief', [{ name: 'question', type: 3 as const, value: 'how many people were killed?' }]],
    ['timeline', [{ name: 'date', type: 3 as const, value: '23 March' }]],
    ['about', []],
    ['help', []],
  ])('answers /%s directly with embeds', async (name, options) => {
    const before = errorLogs(h).length;
    const payload = slashPayload(name, options);
    h.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = (await h.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`))).body as { type: number; data: Sent };
    expect(callback.type).toBe(4);
    expect(callback.data.embeds.length).toBeGreaterThan(0);
    expect(errorLogs(h).slice(before)).toEqual([]);
  });
});
