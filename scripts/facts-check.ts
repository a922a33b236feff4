/**
 * Validates facts/: the schema, the links between records, and against the seed article the copy check and the
 * evidence check (every fact's passages are in the article and carry its numbers and dates).
 * Usage: npm run facts:check [-- --json] [-- --dir facts] [-- --seed ../shared/seed/crocus-city-hall-attack.txt]
 * Exits 1 when anything is wrong; every problem names the file, the record id and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { splitSeed } from '../src/core/citations.js';
import { articleRuns, findCopiedRun } from '../src/core/copy-check.js';
import { evidenceProblems, fold } from '../src/core/evidence-check.js';
import { FactError } from '../src/core/fact-error.js';
import { buildFactCore, readFactFiles } from '../src/core/load.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'facts' },
    seed: { type: 'string', default: '../shared/seed/crocus-city-hall-attack.txt' },
  },
});

const { core, errors } = buildFactCore(readFactFiles(values.dir));
if (existsSync(values.seed)) {
  const seed = splitSeed(readFileSync(values.seed, 'utf8'));
  const runs = articleRuns(seed.article);
  // Evidence comes from the article, or from a citation's title for the few facts that rest on one alone.
  const article = fold(`${seed.article} ${seed.citations}`);
  for (const fact of core.facts) {
    const run = findCopiedRun(fact.text, runs);
    if (run) errors.push(new FactError(fact.file ?? '?', fact.id, 'text', `copies 12+ words from the article: "${run}"`));
    for (const [field, detail] of evidenceProblems(fact, article, core)) errors.push(new FactError(fact.file ?? '?', fact.id, field, detail));
  }
} else {
  console.error(`facts:check: seed not found at ${values.seed}; copy and evidence checks skipped`);
}

const summary = {
  facts: core.facts.length,
  sources: core.sources.size,
  entities: core.entities.length,
  contested: core.facts.filter((f) => f.contested).length,
  graphic: core.facts.filter((f) => f.graphic).length,
  errors: errors.length,
};
for (const e of errors) console.error(e.message);
if (values.json) console.log(JSON.stringify(summary));
else console.log(`${summary.facts} facts, ${summary.sources} sources, ${summary.entities} entities, ${summary.contested} contested, ${summary.graphic} graphic: ${summary.errors} error(s)`);
process.exitCode = errors.length > 0 ? 1 : 0;
