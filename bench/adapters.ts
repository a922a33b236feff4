import { createEngine } from '../src/core/engine.js';
import { loadFactCore } from '../src/core/load.js';
import { QUESTIONS } from '../test/questions/questions.js';
import { benchDiscord } from './adapters-discord.js';
import type { RoundPlan, Series } from './adapters-rounds.js';
import { summarise } from './adapters-rounds.js';
import { benchSlack } from './adapters-slack.js';
import { latencies } from './stats.js';

/**
 * `tsx bench/adapters.ts [--facts DIR] [--rounds N]` (run by `npm run bench` in its own process): how long the
 * real adapters take to ack and answer, against the local fakes of Slack and Discord on 127.0.0.1 (test/fakes),
 * with the real engine on the real facts. Each platform is set against a bare client or server doing the same
 * network hop in the same run, and the engine alone. Prints a table; never fails on timing.
 */

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const factsDir = arg('facts', 'facts');
const core = loadFactCore(factsDir);
const engine = createEngine(core);
const services = { engine };
const questions = QUESTIONS.map((q) => q.q);
// Discord rounds are 21 ms apart (discord.js's own 50 requests/s); Slack needs no pacing. The budget caps each
// of the 6 timed series at 4 s, so the whole run stays under 30 s even on a loaded machine.
const plan: RoundPlan = { rounds: Number(arg('rounds', '100')), warmup: 10, gapMs: 21, budgetMs: 4000 };

const started = performance.now();
const series: Series[] = [
  ...(await benchSlack(services, questions, { ...plan, gapMs: 2 })),
  ...(await benchDiscord(services, questions, plan)),
  { measure: 'engine.brief alone (same questions)', samples: latencies(questions.slice(plan.warmup, plan.warmup + plan.rounds), (q) => engine.brief(q), 1) },
];

const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2)).padStart(8);
const width = Math.max(...series.map((s) => s.measure.length));
console.log(`\nadapter latency, ms (loopback fakes; real Bolt and discord.js; ${core.facts.length} real facts; ${plan.warmup} warm-up rounds not counted)`);
console.log(`${'measure'.padEnd(width)}  ${'n'.padStart(4)}  ${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join('')}  note`);
for (const s of series) {
  const t = summarise(s.samples);
  console.log(`${s.measure.padEnd(width)}  ${String(t.n).padStart(4)}  ${fmt(t.p50)}${fmt(t.p95)}${fmt(t.p99)}${fmt(t.max)}  ${s.note ?? ''}`);
}
console.log(`(adapter bench took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
