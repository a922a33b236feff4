import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest.js';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import type { Briefing } from '../../src/core/types.js';
import { miniCore } from '../fixtures/mini-core.js';

const core = miniCore();
const engine = createEngine(core);
const ru = (id: string) => core.factsById.get(id)?.ru;

/** Every item's text is its fact's Russian text, and names at least one source. */
function expectRussianItems(b: Briefing): void {
  expect(b.items.length).toBeGreaterThan(0);
  for (const item of b.items) {
    expect(item.text, item.id).toBe(ru(item.id));
    expect(item.sources.length, item.id).toBeGreaterThan(0);
  }
}

describe('a Russian question gets a Russian briefing', () => {
  it('leads a figure answer in Russian, with the as-of date and source, and shows the fact’s Russian text', () => {
    const b = engine.brief('Сколько человек погибло?');
    expect(b.lang).toBe('ru');
    expect(b.title).toBe('Число погибших');
    expect(b.text.split('\n')[0]).toBe('Погибли не менее 144 человек (по данным на 29 мар. 2024, AA).');
    expect(b.text).toContain(`• ${ru('toll-144')} (AA, 29 мар. 2024)`);
    expect(b.items.map((i) => i.id)).toEqual(['toll-144']);
    expectRussianItems(b);
  });

  it('dates each line of a day in Russian and keeps outlet names as they are', () => {
    const b = engine.brief('Что произошло 23 марта?');
    expect(b.title).toBe('Хроника: 23 марта 2024');
    for (const line of b.text.split('\n').filter((l) => l.startsWith('•'))) expect(line).toMatch(/^• 23 мар\. 2024: .+ \(Reuters, 23 мар\. 2024\)$/);
    expectRussianItems(b);
  });

  it('shows a contested claim with its counter-claim, labelled in Russian', () => {
    const b = engine.brief('Была ли причастна Украина?');
    expect(b.items.map((i) => i.id).sort()).toEqual(['putin-ukraine', 'ukraine-denies']);
    expect(b.text).toContain(`  Встречное заявление: ${ru('putin-ukraine')}`);
    expectRussianItems(b);
  });

  it('abstains in Russian, naming what it covers, and suggests Russian questions', () => {
    const b = engine.brief('Какая погода в Москве?');
    expect(b).toMatchObject({ answered: false, lang: 'ru', title: 'Ответа с источником нет', items: [] });
    expect(b.text).toContain('Моя тема — нападение на «Крокус Сити Холл» 22 марта 2024 года и то, что за ним последовало.');
    expect(b.suggestions).toEqual(['Сколько человек погибло?', 'Кто взял на себя ответственность за теракт?', 'Что произошло 22 марта?']);
  });

  it('answers a Latin-script question in Russian when asked to, with the same facts as in English', () => {
    const english = engine.brief('How did the death toll change over time?');
    const russian = engine.brief('How did the death toll change over time?', { lang: 'ru' });
    expect(russian.items.map((i) => i.id)).toEqual(english.items.map((i) => i.id));
    expect(russian.title).toBe('Число погибших: как менялось число');
    expect(russian.text.split('\n')[0]).toBe('Сообщаемое число (число погибших) менялось от 40 (22 мар. 2024) до 144 (29 мар. 2024): 40 → 133 → 144.');
    expectRussianItems(russian);
  });

  it('answers a Cyrillic question in English when asked to, and does not mark English briefings', () => {
    const b = engine.brief('Сколько человек погибло?', { lang: 'en' });
    expect(b.lang).toBeUndefined();
    expect(b.text.split('\n')[0]).toBe('At least 144 people were killed (as of 29 Mar 2024, AA).');
  });

  it('gives the timeline, the sources of a fact and what the bot covers in Russian', () => {
    const timeline = engine.timeline(undefined, { lang: 'ru' });
    expect(timeline.title).toBe('Хроника: Нападение на «Крокус Сити Холл»');
    expectRussianItems(timeline);
    expect(engine.timeline('24 марта').title).toBe('Хроника: 24 марта 2024');

    const sources = engine.sources('toll-144', { lang: 'ru' });
    expect(sources.title).toBe('Источники: toll-144');
    expect(sources.text).toBe(`${ru('toll-144')}\nИсточники:\n• AA, «Death toll rises to 144», 29 мар. 2024`);

    const about = engine.about({ lang: 'ru' });
    expect(about.title).toBe('Об этом боте');
    expect(about.text).toContain('Я знаю 21 проверенный факт со ссылками на 6 источников; самый новый источник датирован 29 марта 2024.');
  });

  it('says an unknown fact id and an unreadable date in Russian', () => {
    expect(engine.sources('nope', { lang: 'ru' }).text).toBe('Факта с идентификатором «nope» нет.');
    expect(engine.timeline('99/99', { lang: 'ru' }).text).toMatch(/^Не удалось прочитать «99\/99» как дату\./);
  });
});

describe('a Russian digest', () => {
  const now = new Date('2025-03-24T06:00:00Z');

  it('is written in Russian from the facts’ Russian text, and an English digest is unchanged', () => {
    const russian = buildDigest(core, undefined, now, { timeZone: 'Europe/Moscow', lang: 'ru' });
    const english = buildDigest(core, undefined, now, { timeZone: 'Europe/Moscow' });
    expect(russian.lang).toBe('ru');
    expect(english.lang).toBeUndefined();
    expect(english.title).toBe('Crocus City Hall attack: overview');
    expect(russian.title).toBe('Нападение на «Крокус Сити Холл»: обзор');
    expect(russian.text).toContain('Главные цифры: не менее 144 погибших (по данным на 29 мар. 2024, AA); более 551 пострадавшего (по данным на 29 мар. 2024, AA)');
    expect(russian.sections.map((s) => s.heading)).toEqual(['Главные цифры', 'Главные факты', 'В этот день в 2024 году']);
    expect(russian.sections.map((s) => s.items.map((i) => i.id))).toEqual(english.sections.map((s) => s.items.map((i) => i.id)));
    for (const item of russian.sections.flatMap((s) => s.items)) {
      expect(item.text).toBe(ru(item.id));
      expect(item.sources.length).toBeGreaterThan(0);
    }
    expect(russian.hashes).toEqual(english.hashes);
  });

  it('counts new facts with the right Russian forms', () => {
    const hashes = Object.fromEntries(core.facts.slice(2).map((f) => [f.id, 'old']));
    const d = buildDigest(core, { at: new Date('2025-03-20T06:00:00Z'), hashes }, now, { timeZone: 'Europe/Moscow', lang: 'ru' });
    expect(d.title).toBe(`Дайджест о «Крокус Сити Холле»: новых — 2, исправленных — ${core.facts.length - 4}`);
    expect(d.text).toMatch(/^С прошлого дайджеста \(20 мар\. 2025\): 2 новых факта и \d+ исправленных фактов\./);
  });
});

describe('on the real facts', () => {
  const real = createEngine(loadFactCore('facts'));

  it('offers only Russian suggestions it can answer', () => {
    const b = real.brief('Какая погода в Москве?');
    expect(b.answered).toBe(false);
    expect(b.suggestions?.length).toBeGreaterThanOrEqual(2);
    for (const s of b.suggestions ?? []) {
      const answer = real.brief(s);
      expect(answer.answered, s).toBe(true);
      expect(answer.lang, s).toBe('ru');
    }
  });

  it('answers Russian typed in Latin letters in Russian, as it reads it', () => {
    const b = real.brief('gde zaderzhali napadavshih na krokus');
    expect(b).toMatchObject({ answered: true, lang: 'ru' });
    for (const item of b.items) expect(item.text).toBe(real.core.factsById.get(item.id)?.ru);
    expect(real.brief('where were the attackers of Crocus detained').lang).toBeUndefined();
  });

  it('names the attack in Russian from the place every fact is about', () => {
    expect(real.about({ lang: 'ru' }).text).toContain('Моя тема — нападение на «Крокус Сити Холл» 22 марта 2024 года');
  });
});
