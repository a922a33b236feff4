import { readFileSync } from 'node:fs';
import type { Engine } from '../../src/core/engine.js';
import { check, type Expectation } from './grade.js';

/** Blind batches whose first run is recorded in test/questions/README.md. */
export const BATCH_DIR = 'test/questions/batches';

/** The ten styles of a blind batch, as the writers were asked for them. */
export const STYLES = [
  'plain',
  'chatty',
  'misspelled',
  'russian',
  'false-premise',
  'group-figure',
  'follow-up',
  'comparison',
  'narrow-detail',
  'off-topic',
] as const;

/**
 * One question of a batch written blind from the article alone: the writer never saw the facts or the engine,
 * so a right answer is described by words its text must contain, not by fact ids.
 * @example { style: 'plain', q: 'Where were the gunmen caught?', expect: { any: ['Bryansk'] } }
 */
export interface BlindQuestion {
  style: string;
  q: string;
  expect: { any?: string[]; all?: string[]; abstain?: boolean };
}

/** A blind expectation as the set's own kind: `any` and `all` are words of the answer's text. */
export function toExpectation(e: BlindQuestion['expect']): Expectation {
  if (e.abstain) return { abstain: true };
  return { anyWords: e.any, words: e.all };
}

export function readBatch(file: string): BlindQuestion[] {
  return JSON.parse(readFileSync(file, 'utf8')) as BlindQuestion[];
}

/** Per-style results of one batch. */
export interface BatchScore {
  byStyle: Map<string, { pass: number; total: number }>;
  failures: { q: BlindQuestion; why: string; shown: string }[];
}

export function scoreBatch(engine: Engine, batch: readonly BlindQuestion[]): BatchScore {
  const byStyle = new Map<string, { pass: number; total: number }>();
  const failures: BatchScore['failures'] = [];
  for (const q of batch) {
    const b = engine.brief(q.q);
    const why = check(b, toExpectation(q.expect));
    const s = byStyle.get(q.style) ?? { pass: 0, total: 0 };
    s.total++;
    if (why === undefined) s.pass++;
    else failures.push({ q, why, shown: b.answered ? b.items.map((i) => i.id).join(', ') : 'abstained' });
    byStyle.set(q.style, s);
  }
  return { byStyle, failures };
}

/** Share passed of the answerable questions, optionally leaving some styles out. */
export function answerableShare(s: BatchScore, leaveOut: readonly string[] = []): { pass: number; total: number } {
  let pass = 0;
  let total = 0;
  for (const [style, v] of s.byStyle) {
    if (style === 'off-topic' || leaveOut.includes(style)) continue;
    pass += v.pass;
    total += v.total;
  }
  return { pass, total };
}
