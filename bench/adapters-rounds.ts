import { devNull } from 'node:os';
import { pino, type Logger } from 'pino';
import { percentile } from './stats.js';

/** One measured series: a label and its samples in milliseconds. */
export interface Series {
  measure: string;
  samples: number[];
  /** Shown after the numbers, e.g. how many answers were deferred. */
  note?: string;
}

/** How many rounds to run, how far apart, and when to stop early so the bench stays bounded. */
export interface RoundPlan {
  rounds: number;
  /** Rounds run first and not counted (JIT, connection set-up). */
  warmup: number;
  /** Pause between rounds; discord.js holds itself to 50 requests/s, and a burst would measure its queue. */
  gapMs: number;
  /** Time one series may take; after it no new round starts (the series just has fewer samples). */
  budgetMs: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `round` one at a time and collects what each returns (milliseconds by name).
 * @example const { ack } = await measureRounds(plan, async (i) => ({ ack: await timeOne(i) }));
 */
export async function measureRounds<K extends string>(plan: RoundPlan, round: (i: number) => Promise<Record<K, number>>): Promise<Record<K, number[]>> {
  const out = {} as Record<K, number[]>;
  const deadline = performance.now() + plan.budgetMs;
  for (let i = 0; i < plan.warmup + plan.rounds && performance.now() < deadline; i++) {
    await pause(plan.gapMs);
    const got = await round(i);
    if (i < plan.warmup) continue;
    for (const key of Object.keys(got) as K[]) (out[key] ??= []).push(got[key]);
  }
  return out;
}

/** The production logger's cost (pino, JSON, info level, synchronous) without the noise: lines go to the null device. */
export function benchLogger(): Logger {
  return pino({ level: 'info', base: undefined }, pino.destination({ dest: devNull, sync: true }));
}

/** p50 / p95 / p99 / max of a series, for the table. */
export function summarise(samples: readonly number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples.length === 0 ? NaN : Math.max(...samples),
  };
}
