/**
 * Run as its own process by bench/run.ts: imports the engine, loads the facts, builds the index, answers
 * one question, and prints one JSON line of milliseconds: each step, and the total since the process
 * started (performance.now() counts from process start, so it includes Node and the TypeScript loader).
 */
const t0 = performance.now();
const { loadFactCore } = await import('../src/core/load.js');
const { createEngine } = await import('../src/core/engine.js');
const t1 = performance.now();
const core = loadFactCore(process.argv[2] ?? 'facts');
const t2 = performance.now();
const engine = createEngine(core);
const t3 = performance.now();
engine.brief('How many people were killed?');
const t4 = performance.now();
process.stdout.write(`${JSON.stringify({ boot: t0, import: t1 - t0, load: t2 - t1, build: t3 - t2, answer: t4 - t3, total: t4 })}\n`);
