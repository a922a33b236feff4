import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import { createSpeller, russianSound } from '../../src/core/brief/speller.js';

describe('the question-word speller', () => {
  const speller = createSpeller();

  it('corrects English question words within one edit, keeping the first letter', () => {
    expect(speller.correct('responsibilty')).toBe('responsibility');
    expect(speller.correct('casualites')).toBe('casualties');
    expect(speller.correct('bread')).toBeUndefined();
  });

  it('reads Russian question words as they sound: merged unstressed vowels, soft signs, doubled letters', () => {
    expect(russianSound('когда')).toBe(russianSound('кагда'));
    expect(russianSound('ответственность')).toBe(russianSound('атветственость'));
    expect(speller.correct('кагда')).toBe('когда');
    expect(speller.correct('тиракт')).toBe('теракт');
    expect(speller.correct('ранинных')).toBe('раненых');
  });

  it('leaves a known word, and a word that sounds like none, alone', () => {
    expect(speller.correct('когда')).toBeUndefined();
    expect(speller.correct('погода')).toBeUndefined();
  });

  it('lets a misspelt Russian question be answered', () => {
    const engine = createEngine(loadFactCore('facts'));
    expect(engine.brief('сколько было ранинных в крокусе').text).toContain('551');
  });
});
