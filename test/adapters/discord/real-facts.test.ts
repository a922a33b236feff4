import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { IDS, messageCreatePayload, slashPayload, type CommandOptionValue } from '../../fakes/discord-payloads.js';
import { realEngine, sourceNames } from '../real-facts.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface Field {
  name: string;
  value: string;
}
interface Sent {
  flags?: number;
  embeds: { title?: string; description?: string; fields?: Field[] }[];
  components: { components: { custom_id: string }[] }[];
}

/** An item field's parts: its text, its sources line and its fact id (`Source(s): … · \`id\``). */
function parts(field: Field): { text: string; sources: string; factId: string } {
  const [text = '', sources = ''] = field.value.split('\n');
  return { text, sources, factId: /`([^`]+)`$/.exec(sources)?.[1] ?? '' };
}

/**
 * Slash commands and mentions end to end: gateway events into real discord.js, the shared commands, the real engine
 * on the real facts, and the answers as the fake Discord REST API receives them.
 */
const engine = realEngine();
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands: () => commands, services: { engine } });
});
afterAll(async () => {
  await h.close();
});

const str = (name: string, value: string): CommandOptionValue => ({ name, type: 3, value });

async function slash(name: string, options: CommandOptionValue[]): Promise<{ type: number; data: Sent }> {
  const payload = slashPayload(name, options);
  h.gateway.dispatch('INTERACTION_CREATE', payload);
  return (await h.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`))).body as { type: number; data: Sent };
}

describe('Discord with the shared commands on the real facts', () => {
  it('answers /brief question:"how many people died" with 144 and its sources, and /sources for that fact with full citations', async () => {
    const answer = await slash('brief', [str('question', 'how many people died')]);
    expect(answer.type).toBe(4);
    const fields = answer.data.embeds.flatMap((e) => e.fields ?? []).map(parts);
    const toll = fields.find((f) => /\b144\b/.test(f.text));
    expect(toll, JSON.stringify(answer.data.embeds)).toBeDefined();
    expect(toll!.sources).toMatch(/^Sources?: .+, \d{1,2} [A-Z][a-z]{2} 2024/);
    for (const name of sourceNames(engine.core, toll!.factId)) expect(toll!.sources).toContain(name);
    const button = answer.data.components.flatMap((r) => r.components).find((b) => b.custom_id === `sources:${toll!.factId}`);
    expect(button).toBeDefined();

    const cited = await slash('sources', [str('fact', toll!.factId)]);
    expect(cited.type).toBe(4);
    expect(cited.data.flags).toBe(64);
    const shown = JSON.stringify(cited.data.embeds);
    for (const id of engine.core.factsById.get(toll!.factId)?.sources ?? []) {
      expect(shown).toContain(JSON.stringify(engine.core.sources.get(id)?.title).slice(1, -1));
    }
  });

  it('answers a mention, "who claimed the attack?", with an embed naming the Islamic State and its sources', async () => {
    const path = new RegExp(`^/channels/${IDS.channel}/messages$`);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> who claimed the attack?`, mentionsBot: true }));
    const reply = (await h.rest.waitFor('POST', path)).body as Sent;
    const claim = reply.embeds.flatMap((e) => e.fields ?? []).map(parts).find((f) => /Islamic State/.test(f.text));
    expect(claim, JSON.stringify(reply.embeds)).toBeDefined();
    for (const name of sourceNames(engine.core, claim!.factId)) expect(claim!.sources).toContain(name);
  });

  it('answers /brief question:"@everyone <#channel> who claimed the attack" with the same claim as without the markup', async () => {
    const ids = (answer: { data: Sent }) => answer.data.embeds.flatMap((e) => e.fields ?? []).map((f) => parts(f).factId);
    const plain = ids(await slash('brief', [str('question', 'who claimed the attack')]));
    const marked = ids(await slash('brief', [str('question', `@everyone <#${IDS.channel}> <@${IDS.user}> who claimed the attack`)]));
    expect(plain.length).toBeGreaterThan(0);
    expect(marked).toEqual(plain);
  });

  it('answers /timeline date:"23 March" with that day only, each item sourced', async () => {
    const answer = await slash('timeline', [str('date', '23 March')]);
    expect(answer.type).toBe(4);
    expect(answer.data.embeds[0]?.title).toMatch(/23 March/);
    const fields = answer.data.embeds.flatMap((e) => e.fields ?? []);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.name).toMatch(/^\d+\. 23 Mar 2024/);
      const { sources, factId } = parts(field);
      for (const name of sourceNames(engine.core, factId)) expect(sources).toContain(name);
    }
    expect(errorLogs(h)).toEqual([]);
  });
});
