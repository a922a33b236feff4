/**
 * Run as its own process by bench/run.ts, bundled like the bot (`node dist/bench/cold-start.js`, see
 * scripts/build.mjs) and, for comparison, through tsx: imports the engine, loads the facts (from dist/core.json
 * when bundled, as the bot does; from the YAML through tsx), builds the index,
 * answers one question, and prints one JSON line of milliseconds: each step, and the total since the process
 * started (performance.now() counts from process start, so it includes Node and, under tsx, the TypeScript
 * loader). Then, apart from the total, it times importing what else src/main.ts imports before its first
 * answer in console mode (commands, the store, digests): the full bot pays that too.
 */
import { fileURLToPath } from 'node:url';

const t0 = performance.now();
const { readCompiledCore } = await import('../src/core/compiled-core.js');
const { createEngine } = await import('../src/core/engine.js');
const { memoTerms } = await import('../src/core/search/fact-terms.js');
const t1 = performance.now();
// As src/main.ts starts: from dist/core.json when it matches the facts (bundled), else from the YAML (tsx).
const dir = process.argv[2] ?? 'facts';
const compiled = readCompiledCore(fileURLToPath(new URL('../core.json', import.meta.url)), dir);
const core = compiled?.core ?? (await import('../src/core/load.js')).loadFactCore(dir);
const t2 = performance.now();
const engine = createEngine(core, compiled ? memoTerms(compiled.terms) : undefined);
const t3 = performance.now();
engine.brief('How many people were killed?');
const t4 = performance.now();
// What src/main.ts also imports in console mode; Slack and Discord load only when their keys are set.
await Promise.all([
  import('../commands/index.js'),
  import('../src/store/open-store.js'),
  import('../src/digest/create-digests.js'),
]);
const t5 = performance.now();
const times = { boot: t0, import: t1 - t0, load: t2 - t1, build: t3 - t2, answer: t4 - t3, total: t4, adapters: t5 - t4 };
process.stdout.write(`${JSON.stringify(times)}\n`);
