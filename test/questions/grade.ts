import type { Engine } from '../../src/core/engine.js';
import type { Briefing } from '../../src/core/types.js';

/**
 * What a right answer to one question looks like.
 * @example { any: ['toll-144-29-march'], words: ['144'] } // or { abstain: true }
 */
export interface Expectation {
  /** At least one of these fact ids is among the items. */
  any?: string[];
  /** Every one of these fact ids is among the items. */
  all?: string[];
  /** Every one of these words or phrases is in the text (case-insensitive). */
  words?: string[];
  /** At least one of these words or phrases is in the text (case-insensitive). */
  anyWords?: string[];
  /** None of these fact ids may be shown (graphic facts, loosely matching ones). */
  none?: string[];
  /** The engine must abstain. */
  abstain?: boolean;
}

/** One question of the set, with what kind of variation it tests. */
export interface Question {
  q: string;
  expect: Expectation;
  tag: string;
}

/** The result of one question. */
export interface Graded {
  question: Question;
  pass: boolean;
  /** Why it failed, for the report. */
  why?: string;
  briefing: Briefing;
}

/** Checks one briefing against its expectation. */
export function check(b: Briefing, e: Expectation): string | undefined {
  if (e.abstain) return b.answered ? `answered instead of abstaining (${b.items.map((i) => i.id).join(', ')})` : undefined;
  if (!b.answered) return 'abstained';
  const ids = new Set(b.items.map((i) => i.id));
  if (e.any && !e.any.some((id) => ids.has(id))) return `none of [${e.any.join(', ')}] in [${[...ids].join(', ')}]`;
  const missing = (e.all ?? []).filter((id) => !ids.has(id));
  if (missing.length) return `missing [${missing.join(', ')}] in [${[...ids].join(', ')}]`;
  const shown = (e.none ?? []).filter((id) => ids.has(id));
  if (shown.length) return `should not show [${shown.join(', ')}]`;
  const text = b.text.toLowerCase();
  const absent = (e.words ?? []).filter((w) => !text.includes(w.toLowerCase()));
  if (absent.length) return `text lacks [${absent.join(', ')}]`;
  if (e.anyWords?.length && !e.anyWords.some((w) => text.includes(w.toLowerCase()))) return `text has none of [${e.anyWords.join(', ')}]`;
  return undefined;
}

/** Asks every question and grades the answers. */
export function grade(engine: Engine, questions: readonly Question[]): Graded[] {
  return questions.map((question) => {
    const briefing = engine.brief(question.q);
    const why = check(briefing, question.expect);
    return { question, pass: why === undefined, why, briefing };
  });
}

/** Share of questions passed, 0..1. */
export function score(results: readonly Graded[]): number {
  return results.length === 0 ? 0 : results.filter((r) => r.pass).length / results.length;
}
