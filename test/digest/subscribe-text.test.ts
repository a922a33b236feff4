import { describe, expect, it } from 'vitest';
import { parseSubscribeText } from '../../src/digest/subscribe-text.js';

describe('parseSubscribeText', () => {
  it.each([
    ['daily 09:00', { schedule: 'daily 09:00', options: {} }],
    ['daily 09:00 Europe/Moscow', { schedule: 'daily 09:00', timeZone: 'Europe/Moscow', options: {} }],
    ['weekly mon 09:00 UTC skip-unchanged', { schedule: 'weekly mon 09:00', timeZone: 'UTC', options: { skipWhenUnchanged: true } }],
    ['*/2 9 * * 1-5 Asia/Tashkent', { schedule: '*/2 9 * * 1-5', timeZone: 'Asia/Tashkent', options: {} }],
    ['cron 0 9 * * MON Europe/Berlin', { schedule: 'cron 0 9 * * MON', timeZone: 'Europe/Berlin', options: {} }],
    ['daily 09:00 Moscow', { schedule: 'daily 09:00', timeZone: 'Moscow', options: {} }],
    ['daily 09:00 Europe/Moscow ru', { schedule: 'daily 09:00', timeZone: 'Europe/Moscow', options: { language: 'ru' } }],
    ['daily 09:00 RU skip-unchanged', { schedule: 'daily 09:00', options: { skipWhenUnchanged: true, language: 'ru' } }],
    ['weekly mon 09:00 en Asia/Tashkent', { schedule: 'weekly mon 09:00', timeZone: 'Asia/Tashkent', options: { language: 'en' } }],
  ])('splits "%s" into schedule, time zone and settings', (text, expected) => {
    expect(parseSubscribeText(text)).toEqual(expected);
  });
});
