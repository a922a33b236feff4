import { describe, expect, it } from 'vitest';
import { checkTimeZone, latestSlot, nextSlot, parseSchedule, ScheduleError } from '../../src/digest/schedule.js';

describe('parseSchedule', () => {
  it.each([
    ['daily 09:00', '0 9 * * *', 'daily 09:00'],
    ['Daily 7:05', '5 7 * * *', 'daily 07:05'],
    ['weekly monday 09:00', '0 9 * * 1', 'weekly Monday 09:00'],
    ['weekly SUN 23:59', '59 23 * * 0', 'weekly Sunday 23:59'],
    ['0 9 * * 1-5', '0 9 * * 1-5', 'cron 0 9 * * 1-5'],
    ['cron 0 */6 * * *', '0 */6 * * *', 'cron 0 */6 * * *'],
  ])('reads %s', (text, cron, label) => {
    expect(parseSchedule(text)).toEqual({ cron, label });
  });

  it.each(['daily', 'daily 24:00', 'daily 09:60', 'weekly 09:00', 'weekly mo 09:00', '0 9 * *', '0 9 * * * *', '70 9 * * *', '0 0 31 2 *', '*/30 * * * *', '0,30 9 * * *'])(
    'refuses %s with a ScheduleError',
    (text) => {
      expect(() => parseSchedule(text)).toThrow(ScheduleError);
    },
  );
});

describe('checkTimeZone', () => {
  it('accepts IANA names, fixing their case, and refuses anything else', () => {
    expect(checkTimeZone('europe/moscow')).toBe('Europe/Moscow');
    expect(checkTimeZone('UTC')).toBe('UTC');
    for (const bad of ['Moscow', 'Mars/Olympus', '+03:00', '']) expect(() => checkTimeZone(bad)).toThrow(ScheduleError);
  });
});

describe('slots', () => {
  it('finds the slot at or before now, including a slot exactly at now', () => {
    expect(latestSlot('0 9 * * *', 'Europe/Moscow', new Date('2025-03-24T06:00:00Z'))).toEqual(new Date('2025-03-24T06:00:00Z'));
    expect(latestSlot('0 9 * * *', 'Europe/Moscow', new Date('2025-03-24T05:59:59Z'))).toEqual(new Date('2025-03-23T06:00:00Z'));
    expect(nextSlot('0 9 * * *', 'Europe/Moscow', new Date('2025-03-24T06:00:00Z'))).toEqual(new Date('2025-03-25T06:00:00Z'));
  });

  it('runs a 02:30 Berlin digest once on the night the clocks skip 02:00-03:00, and once when 02:30 happens twice', () => {
    const cron = parseSchedule('daily 02:30').cron;
    const spring = [28, 29, 30, 31].map((d) => latestSlot(cron, 'Europe/Berlin', new Date(Date.UTC(2025, 2, d, 12))));
    expect(spring.map((d) => d?.toISOString())).toEqual(['2025-03-28T01:30:00.000Z', '2025-03-29T01:30:00.000Z', '2025-03-30T01:00:00.000Z', '2025-03-31T00:30:00.000Z']);
    const autumn = [];
    let at = new Date('2025-10-25T12:00:00Z');
    for (let i = 0; i < 3; i++) autumn.push((at = nextSlot(cron, 'Europe/Berlin', at) as Date).toISOString());
    expect(autumn).toEqual(['2025-10-26T00:30:00.000Z', '2025-10-27T01:30:00.000Z', '2025-10-28T01:30:00.000Z']);
  });
});
