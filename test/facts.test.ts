import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSeed } from '../src/core/citations.js';
import { articleRuns, findCopiedRun } from '../src/core/copy-check.js';
import { buildFactCore, readFactFiles } from '../src/core/load.js';

const SEED = '../shared/seed/crocus-city-hall-attack.txt';
const { core, errors } = buildFactCore(readFactFiles('facts'));

describe('the real fact core', () => {
  it('loads with no problems and covers the article with at least 200 facts', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(core.facts.length).toBeGreaterThanOrEqual(200);
  });

  it('never copies a run of 12 words from the seed article outside quotation marks', () => {
    // The seed sits beside the repository (shared/), on developer machines and in CI alike.
    expect(existsSync(SEED), `seed article not found at ${SEED}`).toBe(true);
    const runs = articleRuns(splitSeed(readFileSync(SEED, 'utf8')).article);
    const copied = core.facts.flatMap((f) => {
      const run = findCopiedRun(f.text, runs);
      return run ? [`${f.id}: ${run}`] : [];
    });
    expect(copied).toEqual([]);
  });

  it('rests every fact on passages of the seed that carry its numbers and dates (evidence)', async () => {
    const { evidenceProblems, fold } = await import('../src/core/evidence-check.js');
    const seed = splitSeed(readFileSync(SEED, 'utf8'));
    const article = fold(`${seed.article} ${seed.citations}`);
    const problems = core.facts.flatMap((f) => evidenceProblems(f, article, core).map(([field, detail]) => `${f.id} ${field}: ${detail}`));
    expect(problems).toEqual([]);
  });

  it('registers every citation of the seed: the parser output matches facts/sources.yaml', async () => {
    const { parseCitations } = await import('../src/core/citations.js');
    const { sources } = parseCitations(splitSeed(readFileSync(SEED, 'utf8')).citations);
    expect(sources.map((s) => s.id)).toEqual([...core.sources.keys()]);
  });

  it('covers every part of the story', () => {
    const topics = new Set(core.facts.flatMap((f) => f.topics));
    for (const t of ['background', 'warnings', 'venue', 'attack', 'fire', 'casualties', 'victims', 'suspects', 'investigation', 'torture', 'responsibility', 'ukraine-allegations', 'denials', 'reactions', 'mourning', 'security', 'migrants', 'death-penalty', 'aftermath']) {
      expect(topics, t).toContain(t);
    }
  });

  it('shows the evolution of the death toll: several dated figures, rising to 144', () => {
    const deaths = core.facts.filter((f) => f.figure?.kind === 'deaths').map((f) => f.figure!);
    expect(deaths.length).toBeGreaterThanOrEqual(5);
    const latest = deaths.reduce((a, b) => (b.asOf > a.asOf ? b : a));
    expect(latest.value).toBe(144);
  });

  it('flags graphic detail and keeps a non-graphic companion for it', () => {
    const graphic = core.facts.filter((f) => f.graphic);
    expect(graphic.length).toBeGreaterThan(0);
    for (const f of graphic) expect(core.facts.some((o) => !o.graphic && o.topics.some((t) => f.topics.includes(t)))).toBe(true);
  });
});
