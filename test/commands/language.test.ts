import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext, Services } from '../../commands/command.js';
import { commands } from '../../commands/index.js';
import { createEngine } from '../../src/core/engine.js';
import type { Caller, Reply } from '../../src/core/reply.js';
import { createLanguagePreferences } from '../../src/store/language-preferences.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { captureLogger } from '../digest/harness.js';
import { miniCore } from '../fixtures/mini-core.js';

const engine = createEngine(miniCore());
const dir = mkdtempSync(join(tmpdir(), 'crocus-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALICE: Caller = { platform: 'slack', userId: 'U-alice', channelId: 'C1', canManageChannel: false };

let store: Store;
let services: Services;
let logs: Array<Record<string, unknown>>;
let n = 0;

beforeEach(async () => {
  const { logger, lines } = captureLogger();
  logs = lines;
  store = await openStore({ kind: 'sqlite', file: join(dir, `lang-${++n}.sqlite`) }, logger);
  services = { engine, languages: createLanguagePreferences(store, logger, () => new Date('2024-04-01T00:00:00Z')) };
});
afterEach(async () => {
  await store.close().catch(() => undefined);
});

async function run(name: string, options: Record<string, string | undefined> = {}, caller: Caller = ALICE): Promise<Reply> {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  const ctx: CommandContext = { options, caller, services, now: () => new Date('2024-04-01T00:00:00Z'), commands };
  return command.run(ctx);
}

const briefingOf = (r: Reply) => {
  if (r.kind !== 'briefing') throw new Error(`expected a briefing, got ${r.kind}`);
  return r.briefing;
};

describe('the language of an answer', () => {
  it('follows the script of the question: Russian for Cyrillic, English for Latin, whatever the platform locale', async () => {
    expect(briefingOf(await run('ask', { question: 'Сколько человек погибло?' })).lang).toBe('ru');
    const latin = briefingOf(await run('ask', { question: 'How many people were killed?' }, { ...ALICE, locale: 'ru' }));
    expect(latin.lang).toBeUndefined();
    expect(latin.text).toMatch(/^At least 144 people were killed/);
  });

  it('follows the platform locale when nothing typed says which language: about, help, a timeline by date', async () => {
    const russian = { ...ALICE, locale: 'ru' as const };
    expect(briefingOf(await run('about', {}, russian)).title).toBe('Об этом боте');
    expect(briefingOf(await run('timeline', { date: '2024-03-23' }, russian)).title).toBe('Хроника: 23 марта 2024');
    const help = await run('help', {}, russian);
    expect(help).toMatchObject({ kind: 'notice', lang: 'ru' });
    expect(help.kind === 'notice' && help.text).toContain('• lang <language>: Отвечать мне по-русски, по-английски или на языке вопроса');
    expect(briefingOf(await run('about')).title).toBe('About this bot');
  });

  it('`lang ru` is kept in the store and wins over the script of later questions; `lang auto` forgets it', async () => {
    expect(await run('lang', { language: 'ru' })).toEqual({ kind: 'notice', text: 'Буду отвечать вам по-русски.', ephemeral: true, lang: 'ru' });
    expect(await store.languagePreference('slack', 'U-alice')).toBe('ru');
    const b = briefingOf(await run('ask', { question: 'How many people were killed?' }));
    expect(b.text.split('\n')[0]).toBe('Погибли не менее 144 человек (по данным на 29 мар. 2024, AA).');
    expect(briefingOf(await run('ask', { question: 'How many people were killed?' }, { ...ALICE, userId: 'U-bob' })).lang).toBeUndefined();

    expect(await run('lang', { language: 'en' })).toMatchObject({ text: 'I will answer you in English.' });
    expect(briefingOf(await run('ask', { question: 'Сколько человек погибло?' })).lang).toBeUndefined();

    expect(await run('lang', { language: 'auto' })).toMatchObject({ text: expect.stringMatching(/^I will answer you in the language you ask in/) });
    expect(await store.languagePreference('slack', 'U-alice')).toBeUndefined();
    expect(briefingOf(await run('ask', { question: 'Сколько человек погибло?' })).lang).toBe('ru');
  });

  it('still answers, by the question’s script, when the store cannot say the preference, and logs why', async () => {
    await store.close();
    expect(briefingOf(await run('ask', { question: 'Сколько человек погибло?' })).lang).toBe('ru');
    expect(logs.some((l) => l.msg === 'store: language preference unavailable; choosing by the question')).toBe(true);
  });

  it('says preferences are unavailable, in the language asked for, when the bot runs without a store', async () => {
    services = { engine };
    expect(await run('lang', { language: 'ru' })).toMatchObject({ kind: 'notice', error: true, lang: 'ru', text: 'Настройка языка недоступна: бот работает без хранилища.' });
    expect(briefingOf(await run('ask', { question: 'Сколько человек погибло?' })).lang).toBe('ru');
  });
});
