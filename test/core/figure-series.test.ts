import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../src/core/digest-select.js';
import { overallSeries } from '../../src/core/figure-series.js';
import type { Fact, FigureKind } from '../../src/core/types.js';

function report(id: string, kind: FigureKind, value: number, asOf: string): Fact {
  return { id, text: `${value} (${kind})`, ru: `${value} (${kind})`, date: asOf, topics: ['investigation'], entities: [], sources: ['s'], contested: false, counterClaims: [], graphic: false, figure: { kind, value, asOf } };
}

const detained11 = report('detained-11', 'detained', 11, '2024-03-23');
const tajikistan9 = report('tajikistan-9', 'detained', 9, '2024-03-25');
const dagestan4 = report('dagestan-4', 'detained', 4, '2024-03-31');
const toll40 = report('toll-40', 'deaths', 40, '2024-03-22');
const toll144 = report('toll-144', 'deaths', 144, '2024-03-29');

describe('overall figures', () => {
  it('leaves out a smaller count reported after a larger one: it is a partial count', () => {
    expect(overallSeries([dagestan4, detained11, tajikistan9]).map((f) => f.id)).toEqual(['detained-11']);
  });

  it('keeps a rising series in the order it was reported', () => {
    expect(overallSeries([toll144, toll40]).map((f) => f.id)).toEqual(['toll-40', 'toll-144']);
  });

  it('gives a digest the overall count as the key figure, not the latest partial one', () => {
    expect(keyFigures([toll40, toll144, detained11, dagestan4], '2024-04-02').map((f) => f.id)).toEqual(['toll-144', 'detained-11']);
  });

  it('gives a digest only what was known on its day', () => {
    expect(keyFigures([toll40, toll144], '2024-03-25').map((f) => f.id)).toEqual(['toll-40']);
  });
});
