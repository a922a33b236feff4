import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/brief/date-query.js';

const ANCHOR = '2024-03-22';
const read = (q: string) => findDates(q.toLowerCase(), ANCHOR).range;

describe('findDates', () => {
  it.each([
    'What happened on 23 March?',
    'what happened on march 23rd',
    'events of the 23rd of March',
    'on 23/03',
    'on 23.03.2024',
    'on 23-03-2024',
    'on 3/23',
    '2024-03-23',
    'the day after the attack',
    'the next day',
    'on Saturday',
    '23 марта',
    'March 23, 2024',
  ])('reads "%s" as 23 March 2024', (q) => {
    expect(read(q)).toEqual({ from: '2024-03-23', to: '2024-03-23' });
  });

  it('reads ranges', () => {
    expect(read('between 23 and 25 March')).toEqual({ from: '2024-03-23', to: '2024-03-25' });
    expect(read('March 23-25')).toEqual({ from: '2024-03-23', to: '2024-03-25' });
    expect(read('in April')).toEqual({ from: '2024-04-01', to: '2024-04-30' });
    expect(read('the first week')).toEqual({ from: '2024-03-22', to: '2024-03-28' });
  });

  it('reads open periods', () => {
    expect(read('since 28 March')).toEqual({ from: '2024-03-28', to: '9999-12-31' });
    expect(read('after the attack')).toEqual({ from: '2024-03-22', to: '9999-12-31' });
    expect(read('before the attack')).toEqual({ from: '0001-01-01', to: '2024-03-21' });
  });

  it('counts days from the attack', () => {
    expect(read('two days after the attack')).toEqual({ from: '2024-03-24', to: '2024-03-24' });
    expect(read('the day before the attack')).toEqual({ from: '2024-03-21', to: '2024-03-21' });
    expect(read('the first hours')).toEqual({ from: ANCHOR, to: ANCHOR, firstHours: true });
  });

  it('ignores numbers that are not dates', () => {
    expect(read('1.5 million rubles')).toBeUndefined();
    expect(read('144 people')).toBeUndefined();
    expect(read('open 24-7')).toBeUndefined();
    expect(read('on 31 February')).toBeUndefined();
  });

  it('reads parts of a month, and "as of" or "by" as everything up to a day', () => {
    expect(read('at the end of March')).toEqual({ from: '2024-03-25', to: '2024-03-31' });
    expect(read('early April')).toEqual({ from: '2024-04-01', to: '2024-04-07' });
    expect(read('as of 27 March')).toEqual({ from: '0001-01-01', to: '2024-03-27' });
    expect(read('injured by the end of march')).toEqual({ from: '0001-01-01', to: '2024-03-31' });
  });

  it('reads "news from" a day as that day, and the run-up to the attack as before it', () => {
    expect(read('news from march 30th')).toEqual({ from: '2024-03-30', to: '2024-03-30' });
    expect(read('from 28 March')).toEqual({ from: '2024-03-28', to: '9999-12-31' });
    expect(read('in the week before the attack')).toEqual({ from: '2024-03-15', to: '2024-03-21' });
    expect(read('in the run-up to the attack')).toEqual({ from: '0001-01-01', to: '2024-03-21' });
  });

  it('does not read "the day of" something else as the attack day', () => {
    expect(read('who declared the day of mourning')).toBeUndefined();
    expect(read('on the day of the attack')).toEqual({ from: ANCHOR, to: ANCHOR });
  });

  it('blanks the date words out of the rest of the question', () => {
    expect(findDates('who was charged on 24 march?', ANCHOR).rest.trim().replace(/\s+/g, ' ')).toBe('who was charged on ?');
  });
});
