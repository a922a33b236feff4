import { describe, expect, it } from 'vitest';
import { evidenceProblems, fold } from '../../src/core/evidence-check.js';
import type { Fact, FactCore, Source } from '../../src/core/types.js';

const article = fold(
  'Among the dead were three from Belarus, two from Kyrgyzstan and one each from Moldova, Armenia and Azerbaijan. ' +
    'On 22 March 2024, gunmen attacked the hall; the toll rose to 144 by 29 March.',
);
const source: Source = { id: 's1', outlet: 'BBC News', title: 'Moscow attack: 133 dead', date: '2024-03-23', dateBasis: 'published' } as Source;
const core = { sources: new Map([['s1', source]]) } as unknown as FactCore;
const fact = (over: Partial<Fact>): Fact =>
  ({ id: 'f', text: 'Gunmen attacked the hall on 22 March.', ru: '', date: '2024-03-22', topics: ['attack'], entities: [], sources: ['s1'], contested: false, counterClaims: [], graphic: false, ...over }) as Fact;

describe('evidence from the article', () => {
  it('accepts passages of the article that carry every number and date of the fact', () => {
    expect(evidenceProblems(fact({ evidence: ['On 22 March 2024, gunmen attacked the hall'] }), article, core)).toEqual([]);
    // A number in a source's title backs the fact too.
    expect(evidenceProblems(fact({ text: 'The BBC put the toll at 133 on 22 March.', evidence: ['On 22 March 2024'] }), article, core)).toEqual([]);
  });

  it('names a passage that is not in the article', () => {
    expect(evidenceProblems(fact({ evidence: ['gunmen stormed the hall on 22 March'] }), article, core)).toEqual([
      ['evidence', 'passage not in the article or its citations: "gunmen stormed the hall on 22 March"'],
    ]);
  });

  it('names a number of the fact that no passage carries', () => {
    const f = fact({ text: 'The toll rose to 145 by 29 March.', evidence: ['the toll rose to 144 by 29 March'] });
    expect(evidenceProblems(f, article, core)).toEqual([['evidence', 'lacks "145" of the fact\'s text or figure']]);
  });

  it('recomputes a figure given in parts, and names a wrong sum', () => {
    const parts = ['three from Belarus, two from Kyrgyzstan', 'one each from Moldova, Armenia and Azerbaijan'];
    const figure = { kind: 'other' as const, value: 8, asOf: '2024-03-29' };
    expect(evidenceProblems(fact({ text: 'Eight foreign nationals were among the dead.', figure, derived: { sum: [3, 2, 1, 1, 1] }, evidence: parts }), article, core)).toEqual([]);
    const wrong = fact({ text: 'Seven foreign nationals were among the dead.', figure: { ...figure, value: 7 }, derived: { sum: [3, 2, 1, 1, 1] }, evidence: parts });
    expect(evidenceProblems(wrong, article, core)).toEqual([
      ['derived', 'parts add up to 8, not to the figure 7'],
      ['evidence', 'lacks "7" of the fact\'s text or figure'],
    ]);
  });

  it('keeps passages short of a copied run', () => {
    const long = 'Among the dead were three from Belarus, two from Kyrgyzstan and one each from Moldova';
    expect(evidenceProblems(fact({ text: 'Three Belarusians died.', evidence: [long] }), article, core)[0]?.[1]).toMatch(/too long/);
  });

  it('reads "1 million" and "the ninth" as numbers', () => {
    const text = 'He said he was promised 1 million rubles; he was the ninth suspect.';
    const f = fact({ text, figure: { kind: 'charged', value: 9, asOf: '2024-03-29' }, evidence: ['the toll rose to 144 by 29 March'] });
    const article2 = fold('He was promised 1 million rubles. The ninth suspect was charged.');
    expect(evidenceProblems({ ...f, evidence: ['promised 1 million rubles', 'The ninth suspect was charged'], text: 'He was offered 1 million rubles.', figure: { kind: 'other', value: 1000000, asOf: '2024-03-29' } }, article2, core)).toEqual([]);
    expect(evidenceProblems({ ...f, evidence: ['The ninth suspect was charged'], text: 'A ninth suspect was charged.' }, article2, core)).toEqual([]);
  });
});
