import { describe, expect, it } from 'vitest';
import { isNameTypo, isSoundAlike } from '../../src/core/search/fuzzy.js';

describe('name typos', () => {
  it('forgives a letter written as one that sounds alike in a short name', () => {
    expect(isSoundAlike('faisov', 'faizov')).toBe(true);
    expect(isNameTypo('faisov', 'faizov')).toBe(true);
    expect(isNameTypo('kazimov', 'kasimov')).toBe(true);
  });

  it('keeps short names that differ by other letters apart', () => {
    expect(isNameTypo('german', 'kerman')).toBe(false);
    expect(isNameTypo('israel', 'isroil')).toBe(false);
    expect(isSoundAlike('faizov', 'faizov')).toBe(false);
    expect(isSoundAlike('faisor', 'faizov')).toBe(false);
  });
});

describe('possessives and f/v', () => {
  it('reads a possessive typed without its apostrophe as the name', () => {
    expect(isNameTypo('putins', 'putin')).toBe(true);
    expect(isNameTypo('faizof', 'faizov')).toBe(true);
  });
});
