import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { miniCore } from '../fixtures/mini-core.js';

const engine = createEngine(miniCore());
const ids = (q: string) => engine.brief(q).items.map((i) => i.id);

describe('brief: figures', () => {
  it('answers a toll question with the latest figure, its as-of date and source', () => {
    const b = engine.brief('How many people were killed?');
    expect(b.answered).toBe(true);
    expect(b.text.split('\n')[0]).toBe('At least 144 people were killed (as of 29 Mar 2024, AA).');
    expect(b.items.map((i) => i.id)).toEqual(['toll-144']);
    expect(b.title).toBe('Death toll');
  });

  it('understands other phrasings, lower case and typos of the same question', () => {
    for (const q of ['death toll?', 'how many died', 'How many peple died?', 'what is the number of fatalities', 'how many were killed in the attack']) {
      expect(ids(q), q).toEqual(['toll-144']);
    }
  });

  it('shows how a figure changed, oldest first, leaving out partial counts', () => {
    const b = engine.brief('How did the death toll change over time?');
    expect(b.items.map((i) => i.id)).toEqual(['toll-40', 'toll-133', 'toll-144']);
    expect(b.text).toContain('40 → 133 → 144');
  });

  it('answers several kinds at once for "casualties"', () => {
    expect(ids('how many casualties were there')).toEqual(['toll-144', 'injured-551']);
  });

  it('abstains on the figure of another event', () => {
    expect(engine.brief('How many people died at the Bataclan?').answered).toBe(false);
  });
});

describe('brief: people, groups and claims', () => {
  it('resolves Cyrillic, transliterated and misspelt names', () => {
    for (const q of ['Who is Мирзоев?', 'who is mirzoev', 'Tell me about Mirzoyev', 'mirzoyv']) {
      expect(ids(q)[0], q).toBe('mirzoyev-profile');
    }
  });

  it('shows a contested claim with who says it and the counter-claim', () => {
    const b = engine.brief('Was Ukraine involved?');
    expect(b.items.map((i) => i.id)).toEqual(['putin-ukraine', 'ukraine-denies']);
    expect(b.text).toContain('Counter-claim: Ukraine denied');
    expect(b.items[0]?.contested).toBe(true);
  });

  it('finds the claim of responsibility by a short form of the group', () => {
    expect(ids('Did ISIS claim it?')).toContain('is-claim');
    expect(ids('who claimed responsibility')[0]).toBe('is-claim');
  });

  it('answers about a background event from a fact about it', () => {
    expect(ids('What happened at the Bataclan?')).toEqual(['bataclan-bg']);
  });
});

describe('brief: graphic detail', () => {
  it('leaves graphic facts out unless asked, and says so', () => {
    const b = engine.brief('What did Amaq publish on 23 March?');
    expect(b.items.some((i) => i.graphic)).toBe(false);
  });

  it('includes graphic facts when the question asks for them', () => {
    const b = engine.brief('show me the graphic details of the video');
    expect(b.items.map((i) => i.id)).toContain('video-graphic');
  });

  it('notes what was left out of a day', () => {
    const b = engine.brief('What happened on 23 March?');
    expect(b.items.some((i) => i.graphic)).toBe(false);
    expect(b.notes?.join(' ')).toMatch(/graphic/i);
  });
});

describe('brief: dates', () => {
  it('answers a day in time order, with dates', () => {
    const b = engine.brief('What happened on 24 March?');
    // The migrant raids span 23-29 March: news of the week, not of 24 March.
    expect(b.items.map((i) => i.id).sort()).toEqual(['flowers', 'mirzoyev-profile', 'suspects-charged']);
    expect(b.title).toBe('Timeline: 24 March 2024');
    expect(b.text).toMatch(/^• 24 Mar 2024: /);
  });

  it('reads relative dates from the attack day', () => {
    expect(ids('the first hours')).toEqual(['attack-start', 'attack-fire', 'roof-collapse']);
    expect(engine.brief('what happened two days after the attack').title).toBe('Timeline: 24 March 2024');
  });

  it('abstains on a day it has nothing for', () => {
    const b = engine.brief('What happened on 2 April?');
    expect(b.answered).toBe(false);
    expect(b.text).toContain('2 April 2024');
  });

  it('narrows a day to what the question names', () => {
    expect(ids('who was charged on 24 March')[0]).toBe('suspects-charged');
  });
});

describe('brief: abstention', () => {
  it.each([
    'What is the weather in Paris?',
    'Who won the 2018 World Cup?',
    'Who is Ivan Petrov?',
    'How do I bake bread?',
    'What did Elon Musk say about the attack?',
    'petrov',
    'asdfghjkl qwerty',
  ])('abstains on "%s" with suggestions', (q) => {
    const b = engine.brief(q);
    expect(b.answered).toBe(false);
    expect(b.items).toEqual([]);
    expect(b.suggestions?.length).toBeGreaterThanOrEqual(2);
    expect(b.suggestions?.length).toBeLessThanOrEqual(3);
  });

  it('asks for a question when given none', () => {
    expect(engine.brief('   ?!').answered).toBe(false);
  });

  it('offers only suggestions it can answer', () => {
    for (const s of engine.brief('what is the weather').suggestions ?? []) expect(engine.brief(s).answered, s).toBe(true);
  });

  it('gives an overview for a question with no subject of its own', () => {
    const b = engine.brief('What happened at Crocus City Hall?');
    expect(b.answered).toBe(true);
    expect(b.items.map((i) => i.id)).toContain('attack-start');
    expect(b.items.map((i) => i.id)).toContain('toll-144');
  });

  it('cuts long questions and says so', () => {
    const b = engine.brief(`${'how many people were killed '.repeat(40)}`);
    expect(b.query.length).toBeLessThanOrEqual(500);
    expect(b.notes?.[0]).toMatch(/500 characters/);
  });
});
