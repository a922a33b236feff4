import { describe, expect, it } from 'vitest';
import { weighWord } from '../../src/core/brief/word-weight.js';

const plain = { inFacts: true, capitalised: false, number: false };
const absent = { inFacts: false, capitalised: false, number: false };

describe('weighing question words', () => {
  it('gives chat and stop words no weight, so they are never required', () => {
    expect(weighWord('the', plain)).toMatchObject({ weight: 0, drop: true });
    expect(weighWord('lol', absent)).toMatchObject({ weight: 0, drop: true });
  });

  it('weighs rare words above common ones', () => {
    expect(weighWord('cloakroom', plain).weight).toBeGreaterThan(weighWord('people', plain).weight);
  });

  it('requires names, numbers and rare nouns', () => {
    expect(weighWord('agalarov', { ...plain, capitalised: true }).must).toBe(true);
    expect(weighWord('144', { ...plain, number: true }).must).toBe(true);
    expect(weighWord('pageant', absent).must).toBe(true);
  });

  it('drops a verb or adverb no fact has, but keeps a noun no fact has as a subject', () => {
    expect(weighWord('literally', absent).drop).toBe(true);
    expect(weighWord('population', absent)).toMatchObject({ drop: false });
    expect(weighWord('reopen', absent).drop).toBe(true);
  });

  it('weighs a Russian noun no fact has as a subject, and a Russian verb or adjective as talk', () => {
    // "What sentence did the court pass?": no fact reports a sentence, so an answer must not ignore the word.
    expect(weighWord('приговор', absent)).toMatchObject({ weight: 1, drop: false });
    expect(weighWord('ответственность', absent)).toMatchObject({ drop: false });
    expect(weighWord('выступать', absent)).toMatchObject({ drop: true });
    expect(weighWord('известный', absent)).toMatchObject({ drop: true });
  });

  it('reads an adverb as talk around the question', () => {
    expect(weighWord('initially', plain)).toMatchObject({ drop: true });
    expect(weighWord('reportedly', absent)).toMatchObject({ drop: true });
    expect(weighWord('family', absent).drop).toBe(false);
  });

  it('reads an ordinal as an order, never required', () => {
    expect(weighWord('fourth', absent)).toMatchObject({ must: false, drop: false });
    expect(weighWord('2nd', absent).must).toBe(false);
  });

  it('weighs an adjective before a noun as part of the subject, and one after "is" as talk', () => {
    // "What is the tallest building in Moscow?": no fact has "tallest", so an answer must not ignore it.
    expect(weighWord('tallest', { ...absent, attributive: true })).toMatchObject({ must: true, drop: false });
    expect(weighWord('tallest', absent)).toMatchObject({ drop: true });
  });
});
