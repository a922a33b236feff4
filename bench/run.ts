import { wholeProcessColdStart } from './whole-process.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/core/engine.js';
import { loadFactCore } from '../src/core/load.js';
import { QUESTIONS } from '../test/questions/questions.js';
import { timed } from './stats.js';

// `npm run bench -- burst [...]`: only the Slack burst (bench/burst.ts), with its own options.
if (process.argv[2] === 'burst') {
  const burst = spawnSync(process.execPath, ['--import', 'tsx', 'bench/burst.ts', ...process.argv.slice(3)], { stdio: 'inherit' });
  process.exit(burst.status ?? 1);
}

/**
 * `npm run bench [-- --size N --facts DIR]`: index build time, cold start to first answer (bundled as `npm start`
 * runs it, and through tsx), answer latency (p50/p99) over the question set on the real facts and on a synthetic
 * corpus (bundled, each in its own process under `npm start`'s flags and under Node's defaults), against a naive
 * linear scan in the same process, and memory; then adapter latency over local fakes (bench/adapters.ts),
 * then the Slack burst against a plain Bolt app and a node:http floor (bench/burst.ts; alone: `npm run bench -- burst`).
 * Prints tables; never fails on timing.
 */

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const factsDir = arg('facts', 'facts');
const size = Number(arg('size', '100000'));
const questions = QUESTIONS.map((q) => q.q);
const rows: { measure: string; value: string; target?: string }[] = [];
const ms = (x: number) => `${x.toFixed(3)} ms`;

interface ColdStart {
  boot: number;
  import: number;
  load: number;
  build: number;
  answer: number;
  total: number;
  adapters: number;
}

/** Median of five fresh processes, each timing its own steps (see bench/cold-start.ts). */
function coldStart(args: string[]): ColdStart {
  const runs = [0, 1, 2, 3, 4].map(() => {
    const child = spawnSync(process.execPath, [...args, factsDir], { encoding: 'utf8' });
    return JSON.parse(child.stdout.trim()) as ColdStart;
  });
  return runs.sort((a, b) => a.total - b.total)[2] as ColdStart;
}

function coldStartRows(label: string, cold: ColdStart, loader: string, target?: string): void {
  rows.push({ measure: `cold start to first answer, ${label} (median of 5)`, value: ms(cold.total), target });
  rows.push({ measure: `  of which: Node${loader} boot`, value: ms(cold.boot) });
  rows.push({ measure: `  of which: import modules${loader ? ' (tsx transpiles)' : ' (bundled)'}`, value: ms(cold.import) });
  rows.push({ measure: '  of which: load + validate facts', value: ms(cold.load) });
  rows.push({ measure: '  of which: build index', value: ms(cold.build) });
  rows.push({ measure: '  of which: first answer', value: ms(cold.answer) });
  rows.push({ measure: '  then the console bot also imports commands, store, digests', value: ms(cold.adapters) });
}

interface Spread {
  p50: number;
  p99: number;
}

interface Latency {
  facts: number;
  build: number;
  first: Spread;
  engine: Spread;
  naive: Spread;
  rss: number;
  heap: number;
}

/**
 * Answer latency in its own process (bench/latency.ts), bundled as the bot runs, with `flags`: the median by
 * engine p99 of `runs` processes.
 */
function latency(flags: string[], extra: string[], runs: number): Latency {
  const all = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, [...flags, 'dist/bench/latency.js', factsDir, ...extra], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`dist/bench/latency.js ended with ${child.status ?? child.signal}: ${child.stderr}`);
    return JSON.parse(child.stdout.trim()) as Latency;
  });
  return all.sort((a, b) => a.engine.p99 - b.engine.p99)[Math.floor(runs / 2)] as Latency;
}

function latencyRows(label: string, run: Latency, other: Latency, otherLabel: string, target: string): void {
  rows.push({ measure: `${label}: engine answer p50`, value: ms(run.engine.p50) });
  rows.push({ measure: `${label}: engine answer p99`, value: ms(run.engine.p99), target });
  rows.push({ measure: `${label}: naive scan p50`, value: ms(run.naive.p50) });
  rows.push({ measure: `${label}: naive scan p99`, value: ms(run.naive.p99) });
  rows.push({ measure: `${label}: naive / engine (p50)`, value: `${(run.naive.p50 / run.engine.p50).toFixed(1)}x` });
  rows.push({ measure: `${label}: engine p99, first pass after start (JIT cold)`, value: ms(run.first.p99) });
  rows.push({ measure: `${label}: engine p50 / p99 ${otherLabel}`, value: `${other.engine.p50.toFixed(3)} / ${other.engine.p99.toFixed(3)} ms` });
  rows.push({ measure: `${label}: memory after the runs (RSS / heap)`, value: `${run.rss} MB / ${run.heap} MB` });
}

const [core, loadMs] = timed(() => loadFactCore(factsDir));
const [, buildMs] = timed(() => createEngine(core));
rows.push({ measure: `real facts (${core.facts.length}): load + validate`, value: ms(loadMs) });
rows.push({ measure: `real facts: index build`, value: ms(buildMs) });
// `npm start` runs the esbuild bundle (scripts/build.mjs); the bench times the same bundle, then tsx for comparison.
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--bench'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error(`scripts/build.mjs --bench ended with ${built.status ?? built.signal}`);
// With the Node flags `npm start` passes (package.json), which change how the start-up's garbage is collected.
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
const startFlags = startScript.split(/\s+/).filter((w) => w.startsWith('--') && w !== '--enable-source-maps');
coldStartRows(`node ${startFlags.join(' ')} dist/ as npm start`, coldStart([...startFlags, 'dist/bench/cold-start.js']), '', '≤ 500 ms');
coldStartRows('node dist/ without those flags', coldStart(['dist/bench/cold-start.js']), '');
coldStartRows('through tsx', coldStart(['--import', 'tsx', 'bench/cold-start.ts']), ' + tsx');
rows.push({ measure: 'whole bot: node dist/main.js, piped question to first answer line (median of 5)', value: ms(await wholeProcessColdStart()) });
// Answer latency, each run its own process on the bundle (bench/latency.ts); after 3 warm-up passes over the
// question set, 20 timed passes (synthetic: 1 and 4). The real facts under `npm start`'s flags, as the bot answers
// (Node's defaults for comparison). The synthetic corpus measures how the engine scales, under Node's defaults:
// `npm start`'s 1 MB young generation is sized for a bot of a few hundred facts (the burst's memory), and with a
// heap of ~500 MB each of its frequent young collections costs 1-2 ms (shown for comparison).
latencyRows(`real (${questions.length} questions), as npm start (median of 3 runs)`, latency(startFlags, [], 3), latency([], ['--no-naive'], 3), "under Node's default flags", '≤ 1 ms');
const synthetic = ['--size', String(size), '--rounds', '4', '--warmup', '1'];
const big = latency([], synthetic, 1);
rows.push({ measure: `synthetic (${big.facts} facts): index build`, value: ms(big.build) });
latencyRows(`synthetic ${big.facts}`, big, latency(startFlags, [...synthetic, '--no-naive'], 1), "under npm start's flags", '≤ 5 ms');

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(16)}  target`);
for (const r of rows) console.log(`${r.measure.padEnd(width)}  ${r.value.padStart(16)}  ${r.target ?? ''}`);

// Adapter latency against the loopback fakes (bench/adapters.ts), in its own process so the synthetic corpus's
// heap does not sit under it. Its own table; a failure there is reported, not fatal, and never about timing.
const adapters = spawnSync(process.execPath, ['--import', 'tsx', 'bench/adapters.ts', '--facts', factsDir], { stdio: 'inherit', timeout: 60_000 });
if (adapters.status !== 0) console.log(`adapter latency: not measured (bench/adapters.ts ended with ${adapters.status ?? adapters.signal})`);

// The Slack burst (bench/burst.ts): 2,000 signed /brief at 200 concurrent against the bot as `npm start` runs it,
// a plain Bolt app and a node:http floor, each its own process. A few minutes; its own table.
const burst = spawnSync(process.execPath, ['--import', 'tsx', 'bench/burst.ts'], { stdio: 'inherit', timeout: 15 * 60_000 });
if (burst.status !== 0) console.log(`Slack burst: not measured (bench/burst.ts ended with ${burst.status ?? burst.signal})`);
