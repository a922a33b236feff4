import { describe, expect, it } from 'vitest';
import { questionLang } from '../../src/core/brief/question-lang.js';
import { chooseLang, localeLang, scriptLang } from '../../src/core/lang.js';
import { messages, MESSAGES } from '../../src/core/messages/index.js';
import type { Figure } from '../../src/core/types.js';

/** Every key path of a table, functions and strings alike ("abstain.noMatch", "titles.topics.venue"). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

const ru = messages('ru');
const en = messages('en');
const deaths = (value: number, qualifier?: Figure['qualifier']): Figure => ({ kind: 'deaths', value, asOf: '2024-03-29', qualifier });

describe('message tables', () => {
  it('have the same keys in every language, and no empty string', () => {
    const english = keyPaths(MESSAGES.en).sort();
    expect(keyPaths(MESSAGES.ru).sort()).toEqual(english);
    for (const table of Object.values(MESSAGES)) {
      for (const path of keyPaths(table)) {
        const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], table);
        // "published" adds nothing after a date, in either language.
        if (typeof value === 'string' && !path.endsWith('basis.published')) expect(value.trim(), path).not.toBe('');
      }
    }
  });

  it('write dates in Russian, long and short', () => {
    expect(ru.longDate('2024-03-29')).toBe('29 марта 2024');
    expect(ru.shortDate('2024-03-29')).toBe('29 мар. 2024');
    expect(ru.shortDate('2024-05-01')).toBe('1 мая 2024');
    expect(ru.dayMonth('2024-03-22')).toBe('22 марта');
    expect(en.shortDate('2024-03-29')).toBe('29 Mar 2024');
    expect(ru.number(12900)).toBe('12\u00a0900');
    expect(en.number(12900)).toBe('12,900');
  });

  it('make the Russian verb and noun agree with the number', () => {
    const say = (f: Figure) => ru.figures.sentence(f);
    expect(say(deaths(1))).toBe('Погиб 1 человек');
    expect(say(deaths(2))).toBe('Погибли 2 человека');
    expect(say(deaths(5))).toBe('Погибли 5 человек');
    expect(say(deaths(21))).toBe('Погиб 21 человек');
    expect(say(deaths(144))).toBe('Погибли 144 человека');
    expect(say(deaths(145))).toBe('Погибли 145 человек');
    expect(say(deaths(144, 'at least'))).toBe('Погибли не менее 144 человек');
    expect(say({ kind: 'injured', value: 551, asOf: '2024-03-29', qualifier: 'more than' })).toBe('Пострадали более 551 человека');
    expect(say({ kind: 'children-killed', value: 6, asOf: '2024-03-29' })).toBe('Погибли 6 детей');
    expect(say({ kind: 'identified', value: 143, asOf: '2024-03-29' })).toBe('Опознаны 143 погибших');
    expect(say({ kind: 'other', value: 3, asOf: '2024-03-29' })).toBeUndefined();
    expect(ru.digest.figure({ kind: 'injured', value: 551, asOf: '2024-03-29' })).toBe('551 пострадавший');
    expect(en.figures.sentence(deaths(1))).toBe('1 person was killed');
  });
});

describe('choosing the language', () => {
  it('reads the script of a question: more Cyrillic than Latin letters is Russian', () => {
    expect(scriptLang('Сколько человек погибло?')).toBe('ru');
    expect(scriptLang('что сказал Putin')).toBe('ru');
    expect(scriptLang('How many died?')).toBe('en');
    expect(scriptLang('Was the band Пикник at the venue?')).toBe('en');
    expect(scriptLang('23/03')).toBeUndefined();
    expect(scriptLang('')).toBeUndefined();
  });

  it('reads Russian typed in Latin letters as Russian, as the engine does, and English as English', () => {
    expect(questionLang('gde zaderzhali napadavshih na krokus')).toBe('ru');
    expect(questionLang('skolko chelovek pogiblo v krokuse')).toBe('ru');
    expect(questionLang('where were the attackers caught?')).toBe('en');
    expect(questionLang('Сколько человек погибло?')).toBe('ru');
    expect(questionLang('23/03')).toBeUndefined();
  });

  it('reads platform locales', () => {
    expect(localeLang('ru')).toBe('ru');
    expect(localeLang('ru-RU')).toBe('ru');
    expect(localeLang('ru_RU')).toBe('ru');
    expect(localeLang('en-GB')).toBe('en');
    expect(localeLang('de')).toBeUndefined();
    expect(localeLang(undefined)).toBeUndefined();
  });

  it('puts an explicit preference first, then the script, then the locale, then English', () => {
    expect(chooseLang({ preference: 'en', written: 'ru', locale: 'ru' })).toBe('en');
    expect(chooseLang({ written: 'ru', locale: 'en' })).toBe('ru');
    expect(chooseLang({ written: 'en', locale: 'ru' })).toBe('en');
    expect(chooseLang({ written: questionLang('23/03'), locale: 'ru' })).toBe('ru');
    expect(chooseLang({ locale: 'ru' })).toBe('ru');
    expect(chooseLang({})).toBe('en');
  });
});
