import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createLanguagePreferences } from '../../../src/store/language-preferences.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { pingsIn } from '../../fakes/slack-block-limits.js';
import { realEngine } from '../real-facts.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { ALICE, form, mention, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dir = mkdtempSync(join(tmpdir(), 'crocus-slack-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Answers in Russian over the wire: real Bolt in HTTP mode, the shared commands, the real engine on the real
 * facts, a real SQLite store for language preferences, and the fake Slack Web API answering users.info.
 */
describe('Slack answers in the asker’s language', () => {
  const engine = realEngine();
  let bot: TestBot;
  let store: Store;
  let n = 0;

  beforeEach(async () => {
    const logger = pino({ level: 'silent' });
    store = await openStore({ kind: 'sqlite', file: join(dir, `slack-${++n}.sqlite`) }, logger);
    bot = await startTestBot({ commands, services: { engine, languages: createLanguagePreferences(store, logger, () => new Date()) } });
  });
  afterEach(async () => {
    await bot.close();
    await store.close();
  });

  async function answerTo(text: string): Promise<Json> {
    const before = bot.api.callsTo('response_url').length;
    const ack = await postSigned(`${bot.url}/slack/events`, form(slashCommand(text, bot.api.responseUrl(`cmd-${before}`))));
    expect(ack).toMatchObject({ status: 200, text: '' });
    return (await bot.api.waitFor('response_url', before + 1))[before]!.body;
  }

  /** The section texts and context lines, unescaped. */
  const shown = (body: Json) =>
    (body.blocks as Json[]).flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e: Json) => e.text) : [])).map(unescape);

  it('answers a Cyrillic question in Russian: the facts’ Russian text, sources by outlet and Russian date, a Russian button', async () => {
    const body = await answerTo('Сколько человек погибло?');
    const lines = shown(body);
    expect(lines[0]).toBe('*Число погибших*');
    expect(unescape(body.text)).toMatch(/^Число погибших: Погибли не менее 144 человек \(по данным на 29 мар\. 2024, AA\)\./);
    const toll = engine.core.facts.find((f) => lines.includes(f.ru));
    expect(toll, lines.join('\n')).toBeDefined();
    const sources = lines[lines.indexOf(toll!.ru) + 1];
    expect(sources).toMatch(/^Источники: AA, 29 мар\. 2024/);
    expect(sources).toContain(`\`${toll!.id}\``);
    expect((body.blocks as Json[]).find((b) => b.type === 'actions')?.elements[0].text.text).toBe('Показать в канале');
    expect(pingsIn(body)).toEqual([]);
  });

  it('abstains in Russian with Russian suggestions', async () => {
    const lines = shown(await answerTo('Какая погода в Москве?'));
    expect(lines[0]).toBe('*Ответа с источником нет*');
    expect(lines.join('\n')).toContain('*Попробуйте спросить:*\n• Сколько человек погибло?');
  });

  it('asks users.info for the locale, and answers a user whose Slack is in Russian in Russian when the text says nothing of a language', async () => {
    bot.api.locales.set(ALICE.id, 'ru-RU');
    const about = shown(await answerTo('about'));
    expect(about[0]).toBe('*Об этом боте*');
    expect(bot.api.callsTo('users.info')[0]?.body).toMatchObject({ user: ALICE.id, include_locale: 'true' });
    expect(shown(await answerTo('timeline 2024-03-23'))[0]).toBe('*Хроника: 23 марта 2024*');
    // What they typed in English is answered in English: the script of the question comes before the locale.
    expect(shown(await answerTo('death toll'))[0]).toBe('*Death toll*');
    expect(bot.api.callsTo('users.info')).toHaveLength(1);
  });

  it('keeps `/brief lang ru` in the store, answers later English questions in Russian, and `/brief lang auto` undoes it', async () => {
    const set = await answerTo('lang ru');
    expect(set).toMatchObject({ response_type: 'ephemeral', text: 'Буду отвечать вам по-русски.' });
    expect(await store.languagePreference('slack', ALICE.id)).toBe('ru');
    expect(shown(await answerTo('death toll'))[0]).toBe('*Число погибших*');
    await answerTo('lang auto');
    expect(await store.languagePreference('slack', ALICE.id)).toBeUndefined();
    expect(shown(await answerTo('death toll'))[0]).toBe('*Death toll*');
  });

  it('says what is wrong with `/brief lang` in the asker’s language', async () => {
    bot.api.locales.set(ALICE.id, 'ru-RU');
    const body = await answerTo('lang de');
    expect(unescape(body.text)).toBe('language может быть только одним из: ru, en, auto. Как пользоваться: /brief lang <language>');
  });

  it('answers a Russian mention in its thread in Russian', async () => {
    await postSigned(`${bot.url}/slack/events`, JSON.stringify(mention('Кто взял на себя ответственность за теракт?', '1711130000.000300', 'EvRU1')), { contentType: 'application/json' });
    const [post] = await bot.api.waitFor('chat.postMessage');
    expect(post!.body).toMatchObject({ thread_ts: '1711130000.000300' });
    const blocks = JSON.stringify(post!.body.blocks);
    expect(blocks).toContain('Источники: ');
    expect(blocks).toMatch(/«Исламское государство»/);
  });
});
