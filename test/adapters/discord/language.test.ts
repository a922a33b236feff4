import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createLanguagePreferences } from '../../../src/store/language-preferences.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { IDS, messageCreatePayload, PERMS, slashPayload, type CommandOptionValue } from '../../fakes/discord-payloads.js';
import { realEngine } from '../real-facts.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface Field {
  name: string;
  value: string;
}
interface Sent {
  flags?: number;
  embeds: { title?: string; description?: string; fields?: Field[]; footer?: { text: string } }[];
  components: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: { parse: string[] };
}

/**
 * Answers in Russian over the wire: gateway events into real discord.js, the shared commands, the real engine on
 * the real facts, a real SQLite store for language preferences, and the answers as the fake REST API receives them.
 */
const engine = realEngine();
const dir = mkdtempSync(join(tmpdir(), 'crocus-discord-lang-'));
let h: Harness;
let store: Store;
beforeAll(async () => {
  const logger = pino({ level: 'silent' });
  store = await openStore({ kind: 'sqlite', file: join(dir, 'bot.sqlite') }, logger);
  h = await startHarness({ commands: () => commands, services: { engine, languages: createLanguagePreferences(store, logger, () => new Date()) } });
});
afterAll(async () => {
  await h.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const str = (name: string, value: string): CommandOptionValue => ({ name, type: 3, value });

async function slash(name: string, options: CommandOptionValue[], locale = 'en-GB'): Promise<Sent> {
  const payload = slashPayload(name, options, PERMS.member, locale);
  h.gateway.dispatch('INTERACTION_CREATE', payload);
  return ((await h.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`))).body as { data: Sent }).data;
}

const fieldsOf = (sent: Sent) => sent.embeds.flatMap((e) => e.fields ?? []);

describe('Discord answers in the asker’s language', () => {
  it('answers a Russian question with the facts’ Russian text, Russian sources lines and Russian buttons', async () => {
    const sent = await slash('brief', [str('question', 'Сколько человек погибло?')]);
    expect(sent.embeds[0]?.title).toBe('Число погибших');
    expect(sent.embeds[0]?.description).toMatch(/^Погибли не менее 144 человек \(по данным на 29 мар\. 2024, AA\)\./);
    const [field] = fieldsOf(sent);
    const [text, sources] = field!.value.split('\n');
    const fact = engine.core.facts.find((f) => f.ru === text);
    expect(fact, field!.value).toBeDefined();
    expect(sources).toMatch(/^Источники?: AA, 29 мар\. 2024/);
    expect(sent.components[0]?.components[0]?.label).toBe('Источники');
    expect(sent.embeds.at(-1)?.footer?.text).toMatch(/^Данные на \d+ [а-я]+\.? 2024$/);
    expect(sent.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('answers in Russian a user whose Discord is in Russian when the words say nothing of a language, and in English to English words', async () => {
    expect((await slash('about', [], 'ru')).embeds[0]?.title).toBe('Об этом боте');
    expect((await slash('timeline', [str('date', '2024-03-24')], 'ru')).embeds[0]?.title).toBe('Хроника: 24 марта 2024');
    expect((await slash('brief', [str('question', 'death toll')], 'ru')).embeds[0]?.title).toBe('Death toll');
    expect((await slash('about', [], 'en-US')).embeds[0]?.title).toBe('About this bot');
  });

  it('keeps /lang language:ru in the store: later English questions are answered in Russian until /lang language:auto', async () => {
    const set = await slash('lang', [str('language', 'ru')]);
    expect(set.flags).toBe(64);
    expect(set.embeds[0]?.description).toBe('Буду отвечать вам по-русски.');
    expect(await store.languagePreference('discord', IDS.user)).toBe('ru');
    expect((await slash('brief', [str('question', 'death toll')])).embeds[0]?.title).toBe('Число погибших');
    await slash('lang', [str('language', 'auto')]);
    expect(await store.languagePreference('discord', IDS.user)).toBeUndefined();
    expect((await slash('brief', [str('question', 'death toll')])).embeds[0]?.title).toBe('Death toll');
  });

  it('answers a Russian mention in Russian, pinging no one', async () => {
    const path = new RegExp(`^/channels/${IDS.channel}/messages$`);
    const before = h.rest.find('POST', path).length;
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> @everyone Кто взял на себя ответственность за теракт?`, mentionsBot: true }));
    const reply = (await h.rest.waitFor('POST', path, before + 1)).body as Sent;
    expect(reply.allowed_mentions).toMatchObject({ parse: [] });
    const claim = fieldsOf(reply).find((f) => /«Исламское государство»/.test(f.value));
    expect(claim, JSON.stringify(reply.embeds)).toBeDefined();
    expect(claim!.value).toMatch(/\nИсточники?: /);
    expect(errorLogs(h)).toEqual([]);
  });
});
