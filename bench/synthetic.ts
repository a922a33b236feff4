import type { Entity, Fact, FactCore, Source, Topic } from '../src/core/types.js';
import { TOPICS } from '../src/core/types.js';

/** A small deterministic PRNG (mulberry32), so every bench run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'mi', 'zan', 'tor', 'vel', 'shi', 'dun', 'lo', 'pra', 'gen', 'ust', 'bek', 'nor', 'ia', 'zo'];

/**
 * A corpus of `n` facts shaped like the real ones: sentences of 15-40 words drawn from the real facts'
 * vocabulary mixed with invented names and words (so the vocabulary grows with the corpus, as real news
 * does), real sources, real entities plus invented people, dates over a year, and some figures.
 */
export function syntheticCore(n: number, base: FactCore, seed = 42): FactCore {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const vocab = [...new Set(base.facts.flatMap((f) => f.text.split(/\s+/)))];
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join('');
  const invented = Array.from({ length: 20_000 }, word);
  const sources: Source[] = [...base.sources.values()];
  const people: Entity[] = Array.from({ length: 2_000 }, (_, i) => {
    const name = `${word()} ${word()}`.replace(/\b\w/g, (c) => c.toUpperCase());
    return { id: `synthetic-person-${i}`, name, kind: 'person', variants: [name.split(' ')[1] as string] };
  });
  const entities = [...base.entities, ...people];
  const facts: Fact[] = [];
  for (let i = 0; i < n; i++) {
    const len = 15 + Math.floor(rnd() * 25);
    const words = Array.from({ length: len }, () => (rnd() < 0.8 ? pick(vocab) : pick(invented)));
    const day = 1 + Math.floor(rnd() * 365);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    const source = pick(sources.filter((s) => s.date >= date).length ? sources : sources);
    const fact: Fact = {
      id: `synthetic-${i}`,
      text: words.join(' ').slice(0, 280),
      ru: words.join(' ').slice(0, 280),
      date,
      topics: [pick(TOPICS) as Topic],
      entities: [pick(entities).id, pick(people).id],
      sources: [source.id],
      contested: false,
      counterClaims: [],
      graphic: rnd() < 0.05,
    };
    if (rnd() < 0.05) fact.figure = { kind: 'deaths', value: Math.floor(rnd() * 200), asOf: date };
    facts.push(fact);
  }
  const all = [...base.facts, ...facts];
  return { facts: all, sources: base.sources, entities, factsById: new Map(all.map((f) => [f.id, f])) };
}
