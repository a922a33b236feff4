import { describe, expect, it } from 'vitest';
import { processTerm, stem, transliterate } from '../../src/core/search/normalize.js';
import { termsOf } from '../../src/core/search/fact-terms.js';
import { tokenize } from '../../src/core/search/tokenize.js';

describe('term normalisation', () => {
  it('transliterates Cyrillic to Latin', () => {
    expect(transliterate('путин')).toBe('putin');
    expect(transliterate('мирзоев')).toBe('mirzoev');
  });

  it.each([
    ['Крокус', 'Crocus'],
    ['Зеленский', 'Zelenskiy'],
    ['Zelenskyy', 'Zelensky'],
    ['Muhammadsobir', 'Mukhammadsobir'],
    ['Shamsiddin', 'Shamsidin'],
    ['Dalerdzhon', 'Dalerjon'],
    ['Faizov', 'Fayzov'],
  ])('lets "%s" and "%s" meet', (a, b) => {
    expect(termsOf(a)).toEqual(termsOf(b));
  });

  it('stems inflections onto one term', () => {
    expect(new Set(['killed', 'killing', 'kills', 'kill'].map(processTerm)).size).toBe(1);
    expect(new Set(['injured', 'injuries', 'injury', 'hurt'].map(processTerm)).size).toBe(1);
    expect(new Set(['Russia', 'Russian'].map((w) => processTerm(w.toLowerCase()))).size).toBe(1);
    expect(new Set(['died', 'dead', 'deaths'].map(processTerm)).size).toBe(1);
    expect(stem('crocus')).toBe('crocus');
  });

  it('stems Russian as Russian, so inflected forms meet', () => {
    expect(new Set(['теракт', 'теракта', 'теракте'].map(processTerm)).size).toBe(1);
    expect(new Set(['задержали', 'задержаны', 'задержан'].map(processTerm)).size).toBe(1);
  });

  it('drops accents but keeps the letters', () => {
    expect(termsOf('Abū Ḥudhayfah')).toEqual(termsOf('Abu Hudhayfah'));
  });
});

describe('tokenize', () => {
  it('keeps hyphenated names as parts and joined', () => {
    expect(tokenize('IS–KP and ISIS-K')).toEqual(['is', 'kp', 'iskp', 'and', 'isis', 'k', 'isisk']);
  });

  it('keeps numbers, dropping thousands separators', () => {
    expect(tokenize('12,900 square metres and 144 dead')).toEqual(['12900', 'square', 'metres', 'and', '144', 'dead']);
  });

  it('drops the possessive', () => {
    expect(tokenize("Putin's claim")).toEqual(['putin', 'claim']);
  });

  it('keeps Cyrillic and Arabic words', () => {
    expect(tokenize('Теракт в «Крокусе» أعماق')).toEqual(['теракт', 'в', 'крокусе', 'اعماق']);
  });
});
