import { writeFileSync, renameSync } from 'node:fs';
import { argv, pid } from 'node:process';
import { compileCore, factsHash } from './core/compiled-core.js';
import { createEngine } from './core/engine.js';
import { loadFactCore } from './core/load.js';
import { memoTerms } from './core/search/fact-terms.js';
import { stemmedSoFar } from './core/search/normalize.js';

/**
 * Run by scripts/build.mjs after bundling: validates facts/ (stopping the build, naming file, id and field, on
 * any problem), builds the engine once to collect every index term, and writes dist/core.json for the bot to
 * start from; with a third argument, also every token it stemmed (normalize.ts STEM_FILE).
 * Usage: node dist/compile-core.js <facts dir> <out file> [<stems file>]
 */
const [dir = 'facts', out = 'dist/core.json', stems] = argv.slice(2);
const core = loadFactCore(dir);
const terms = memoTerms();
createEngine(core, terms);
const write = (file: string, json: unknown) => {
  const tmp = `${file}.${pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(json));
  renameSync(tmp, file);
};
write(out, compileCore(core, factsHash(dir), terms.entries()));
if (stems) write(stems, stemmedSoFar());
