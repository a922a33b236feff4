import fc from 'fast-check';
import { expect } from 'vitest';
import type { Briefing } from '../../src/core/types.js';
import { QUESTIONS } from '../questions/questions.js';
import { realEngine } from './real-facts.js';

/** How one platform carries a question: its text encoding and the markup people can add around the words. */
export interface MarkupSpec {
  /** The platform's escaping of typed text (Slack: `&`, `<`, `>`); identity where there is none. */
  encode(text: string): string;
  /** Markup that shows no word of the question: mentions, broadcasts, bare links, emoji, timestamps. */
  silent: fc.Arbitrary<string>;
  /** Markup that shows the words it wraps (a link's label, a channel's name), if the platform has any. */
  labelled?: fc.Arbitrary<(words: string) => string>;
}

/** Every question of the question set, spaces collapsed. */
const questions = [...new Set(QUESTIONS.map((q) => q.q.replace(/\s+/g, ' ').trim()))].filter((q) => q !== '');

/**
 * A question from the question set, and the same question as a platform would send it with markup added:
 * silent markup before, between and after its words, and (where the platform has it) a run of its words
 * wrapped in markup that shows them.
 */
export function questionWithMarkup(spec: MarkupSpec): fc.Arbitrary<{ question: string; sent: string }> {
  return fc.constantFrom(...questions).chain((question) => {
    const words = spec.encode(question).split(' ');
    const gaps = fc.array(fc.array(spec.silent, { maxLength: 2 }), { minLength: words.length + 1, maxLength: words.length + 1 });
    const span = fc.integer({ min: 0, max: words.length - 1 }).chain((from) => fc.tuple(fc.constant(from), fc.integer({ min: from, max: words.length - 1 })));
    const wrap = spec.labelled === undefined ? fc.constant(undefined) : fc.option(fc.tuple(span, spec.labelled), { nil: undefined });
    return fc.tuple(gaps, wrap).map(([extra, wrapped]) => {
      let shown = words;
      if (wrapped !== undefined) {
        const [[from, to], label] = wrapped;
        shown = [...words.slice(0, from), label(words.slice(from, to + 1).join(' ')), ...words.slice(to + 1)];
      }
      const parts = shown.flatMap((word, i) => [...(extra[i] ?? []), word]);
      return { question, sent: [...parts, ...(extra[shown.length] ?? [])].join(' ') };
    });
  });
}

/** What a person reads in a briefing: whether it answers, its title and text, and which facts it shows. */
const seen = (b: Briefing) => ({ answered: b.answered, title: b.title, text: b.text, items: b.items.map((i) => i.id) });

/** The real engine on the real facts gives `asked` the same briefing as `question`. */
export function expectSameBriefing(asked: string, question: string): void {
  const engine = realEngine();
  expect(seen(engine.brief(asked))).toEqual(seen(engine.brief(question)));
}
