import { describe, expect, it } from 'vitest';
import { articleRuns, findCopiedRun } from '../../src/core/copy-check.js';

const article =
  'Four gunmen carried out a mass shooting, as well as slashing attacks on the people gathered at the venue.';
const runs = articleRuns(article);

describe('copy check', () => {
  it('flags a run of twelve words copied from the article, whatever the case and punctuation', () => {
    expect(findCopiedRun('Reports say FOUR gunmen carried out a mass-shooting, as well as slashing attacks on people.', runs)).toBe(
      'four gunmen carried out a mass shooting as well as slashing attacks',
    );
  });

  it('accepts the same words inside quotation marks', () => {
    expect(findCopiedRun('The article said "four gunmen carried out a mass shooting, as well as slashing attacks on the people".', runs)).toBeUndefined();
  });

  it('accepts a run of eleven copied words', () => {
    expect(findCopiedRun('Witnesses said four gunmen carried out a mass shooting, as well as slashing them.', runs)).toBeUndefined();
  });

  it('accepts a paraphrase', () => {
    expect(findCopiedRun('Four attackers shot and stabbed people who had gathered at the hall.', runs)).toBeUndefined();
  });
});
