import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import { grade, score } from './grade.js';
import { QUESTIONS } from './questions.js';

/** The floor the question set must stay above on the real facts. */
const FLOOR = 0.95;

describe('question set on the real facts', () => {
  const results = grade(createEngine(loadFactCore('facts')), QUESTIONS);

  it('has at least 120 varied questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(QUESTIONS.map((q) => q.tag)).size).toBeGreaterThanOrEqual(8);
  });

  it(`passes at least ${FLOOR * 100} %`, () => {
    const failed = results.filter((r) => !r.pass).map((r) => `${r.question.q}: ${r.why}`);
    expect(score(results), failed.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('abstains on every off-topic question, other event and unknown person', () => {
    const offTopic = new Set(['offtopic', 'other-event', 'unknown-person']);
    const wrong = results.filter((r) => offTopic.has(r.question.tag) && !r.pass).map((r) => r.question.q);
    expect(wrong).toEqual([]);
  });
});
