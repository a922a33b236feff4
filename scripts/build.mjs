// `npm run build` (run first by `npm start` and `npm run briefing`): bundles the bot and the CLI into dist/ with
// esbuild, packages left external, so Node loads one file instead of transpiling every module through tsx at each
// start (about 300 ms of a cold start). `--bench` also bundles bench/cold-start.ts and bench/latency.ts, so the
// bench times the start and the answers the bot really makes. Each file is written beside its target and renamed over it: a process starting while
// another builds never reads half a file. Plain JavaScript, so building needs no TypeScript loader.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { argv, execPath, exit, pid } from 'node:process';
import { build } from 'esbuild';

// The stemming memo (see below) goes first: it is only ever as new as the code that made it.
rmSync('dist/data/stems.json', { force: true });

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: 'linked', write: false, logLevel: 'warning' };
// Split so main's dynamic imports (the Slack and Discord adapters) stay separate chunks, loaded only when used.
const builds = [build({ ...common, entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts', 'compile-core': 'src/compile-core.ts' }, outdir: 'dist', splitting: true })];
// The bench's dynamic imports stay separate chunks, so each step it times loads what that step needs, as it would.
// Chunk names carry a hash: a fresh directory, or each build leaves the last one's chunks behind.
if (argv.includes('--bench')) rmSync('dist/bench', { recursive: true, force: true });
if (argv.includes('--bench')) builds.push(build({ ...common, entryPoints: ['bench/cold-start.ts', 'bench/latency.ts', 'bench/burst-bolt.ts', 'bench/burst-floor.ts'], outdir: 'dist/bench', splitting: true }));

for (const file of (await Promise.all(builds)).flatMap((r) => r.outputFiles)) {
  mkdirSync(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
}

// The English data the engine reads (WordNet synonyms, word frequencies, nouns, stop words), beside the bundle.
cpSync('src/core/data', 'dist/data', { recursive: true });

// The validated fact core and its index terms, so the bot starts without YAML, schema or stemming (see
// src/core/compiled-core.ts), and every token the build stemmed (src/core/search/normalize.ts STEM_FILE), so the
// lexicon's words are not stemmed again at each start. Invalid facts stop the build here, with every problem named.
const compiled = spawnSync(execPath, ['dist/compile-core.js', 'facts', 'dist/core.json', 'dist/data/stems.json'], { stdio: 'inherit' });
if (compiled.status !== 0) exit(compiled.status ?? 1);
