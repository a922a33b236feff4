import { describe, expect, it } from 'vitest';
import { translationMismatch } from '../../src/core/translation-check.js';

describe('Russian text against the English', () => {
  it('accepts the same numbers and dates, whatever the separators and month names', () => {
    expect(translationMismatch('By 29 March the toll was 144; the fire covered 12,900 m2.', 'К 29 марта число погибших достигло 144; пожар охватил 12 900 м2.')).toBeUndefined();
    expect(translationMismatch('On March 24, 2024, Russia mourned.', '24 марта 2024 года Россия объявила траур.')).toBeUndefined();
  });

  it('names a number the translation changed or lost', () => {
    expect(translationMismatch('The toll rose to 144.', 'Число погибших выросло до 143.')).toBe('lacks "144" of the English text; has "143" that the English text does not');
  });

  it('names a date the translation moved', () => {
    expect(translationMismatch('On 22 March the hall burned.', 'В ночь с 22 на 23 марта зал горел.')).toMatch(/lacks the date 22-03/);
  });
});
