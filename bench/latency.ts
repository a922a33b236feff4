/**
 * Run as its own process by bench/run.ts, bundled like the bot (`node [flags] dist/bench/latency.js`, see
 * scripts/build.mjs), so answers are timed in the code and under the Node flags that `npm start` runs, not
 * through tsx in the bench's own heap. Answers every question of the question set, on the real facts as the bot
 * loads them (dist/core.json) or, with `--size N`, on a synthetic corpus of N facts, and prints one JSON line:
 * - `first`: p50 and p99 in milliseconds of the first pass after start, while the JIT still compiles (cold);
 * - `engine`: over `--rounds` passes, after `--warmup` passes more (steady state);
 * - `naive`: the naive linear scan (bench/naive.ts), over half as many passes after one;
 * - `build`: milliseconds to build the engine (index, context) over the facts;
 * - `rss`, `heap`: memory after the runs, in MB.
 */
import { fileURLToPath } from 'node:url';
import { readCompiledCore } from '../src/core/compiled-core.js';
import { createEngine } from '../src/core/engine.js';
import { loadFactCore } from '../src/core/load.js';
import { memoTerms } from '../src/core/search/fact-terms.js';
import { QUESTIONS } from '../test/questions/questions.js';
import { naiveSearcher } from './naive.js';
import { latencies, memoryMb, percentile } from './stats.js';
import { syntheticCore } from './synthetic.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const dir = process.argv[2] ?? 'facts';
const size = arg('size', 0);
const rounds = arg('rounds', 20);
const warmup = arg('warmup', 3);
const compiled = readCompiledCore(fileURLToPath(new URL('../core.json', import.meta.url)), dir);
const real = compiled?.core ?? loadFactCore(dir);
const core = size > 0 ? syntheticCore(size, real) : real;
const built = performance.now();
const engine = createEngine(core, compiled && size === 0 ? memoTerms(compiled.terms) : undefined);
const build = performance.now() - built;
const questions = QUESTIONS.map((q) => q.q);
const brief = (q: string) => engine.brief(q);

const spread = (ms: number[]) => ({ p50: percentile(ms, 50), p99: percentile(ms, 99) });
const first = spread(latencies(questions, brief, 1, 0));
const timed = spread(latencies(questions, brief, rounds, warmup));
// `--no-naive`: a run only compared by its engine numbers skips the scan (minutes at 100,000 facts).
const naive = process.argv.includes('--no-naive') ? { p50: NaN, p99: NaN } : spread(latencies(questions, naiveSearcher(core), Math.max(1, Math.floor(rounds / 2)), 1));
process.stdout.write(`${JSON.stringify({ facts: core.facts.length, build, first, engine: timed, naive, ...memoryMb() })}\n`);
