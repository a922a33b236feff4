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

  it('abstains on at least 95 % of off-topic questions, other events and unknown people', () => {
    const offTopic = results.filter((r) => ['offtopic', 'other-event', 'unknown-person'].includes(r.question.tag));
    const wrong = offTopic.filter((r) => !r.pass).map((r) => r.question.q);
    expect(1 - wrong.length / offTopic.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('abstains on every question about a person the facts do not name', () => {
    const people = results.filter((r) => r.question.tag === 'unknown-person' && !r.pass).map((r) => r.question.q);
    expect(people).toEqual([]);
  });
});
