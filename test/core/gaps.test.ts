import { describe, expect, it } from 'vitest';
import { buildGaps, formatGaps, normaliseQuestion } from '../../src/core/gaps.js';

const since = new Date('2025-06-01T00:00:00Z');

describe('gaps report', () => {
  it('groups unanswered questions by their normalised form, most frequent first', () => {
    const report = buildGaps(
      {
        abstentions: [{ question: 'What is the weather?' }, { question: 'what is the  WEATHER' }, { question: 'what is the weather?' }, { question: 'Who won the cup?' }, { question: '???' }],
        votes: [],
      },
      since,
    );
    expect(report.unanswered).toEqual([
      { form: 'what is the weather', count: 3, examples: ['What is the weather?', 'what is the  WEATHER', 'what is the weather?'] },
      { form: 'who won the cup', count: 1, examples: ['Who won the cup?'] },
    ]);
  });

  it('lists the answers voted down most, with the facts they showed, and leaves out answers nobody voted down', () => {
    const report = buildGaps(
      {
        abstentions: [],
        votes: [
          { question: 'How many died?', factIds: ['toll-1'], vote: 'down' },
          { question: 'how many died', factIds: ['toll-1'], vote: 'down' },
          { question: 'how many died', factIds: ['toll-1'], vote: 'up' },
          { question: 'who claimed it', factIds: ['claim-1', 'claim-2'], vote: 'down' },
          { question: 'where is it', factIds: ['venue'], vote: 'up' },
        ],
      },
      since,
    );
    expect(report.downvoted).toEqual([
      { form: 'how many died', question: 'How many died?', factIds: ['toll-1'], down: 2, up: 1 },
      { form: 'who claimed it', question: 'who claimed it', factIds: ['claim-1', 'claim-2'], down: 1, up: 0 },
    ]);
    expect(formatGaps(report)).toContain('2/1  How many died?  [toll-1]');
  });

  it('folds case, accents and punctuation, Cyrillic included', () => {
    expect(normaliseQuestion('  Сколько ПОГИБШИХ?! ')).toBe('сколько погибших');
    expect(normaliseQuestion('Café—crocus')).toBe('cafe crocus');
  });
});
