import { writeFileSync, renameSync } from 'node:fs';
import { argv, pid } from 'node:process';
import { compileCore, factsHash } from './core/compiled-core.js';
import { createEngine } from './core/engine.js';
import { loadFactCore } from './core/load.js';
import { memoTerms } from './core/search/fact-terms.js';

/**
 * Run by scripts/build.mjs after bundling: validates facts/ (stopping the build, naming file, id and field, on
 * any problem), builds the engine once to collect every index term, and writes dist/core.json for the bot to
 * start from. Usage: node dist/compile-core.js <facts dir> <out file>
 */
const [dir = 'facts', out = 'dist/core.json'] = argv.slice(2);
const core = loadFactCore(dir);
const terms = memoTerms();
createEngine(core, terms);
const tmp = `${out}.${pid}.tmp`;
writeFileSync(tmp, JSON.stringify(compileCore(core, factsHash(dir), terms.entries())));
renameSync(tmp, out);
