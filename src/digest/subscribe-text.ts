import { isLang } from '../core/lang.js';
import type { SubscribeOptions } from './contracts.js';

/** `digest subscribe` text split into schedule, time zone and settings. */
export interface SubscribeText {
  schedule: string;
  timeZone?: string;
  options: SubscribeOptions;
}

const SKIP_FLAGS = new Set(['skip-unchanged', '--skip-unchanged']);

/** How many words the schedule takes, by its first word: `daily HH:MM`, `weekly <day> HH:MM`, cron's five fields. */
function scheduleWords(words: readonly string[]): number {
  const first = words[0]?.toLowerCase();
  if (first === 'daily') return 2;
  if (first === 'weekly') return 3;
  if (first === 'cron') return 6;
  return 5;
}

/**
 * Reads `<schedule> [timezone] [en|ru] [skip-unchanged]`. The language (no time zone is called "ru" or "en") and
 * the flag may stand anywhere. The schedule's own form says how many words it has, so what follows is the time
 * zone, whatever it looks like; `parseSchedule` and `checkTimeZone` judge both.
 * @example parseSubscribeText('weekly mon 09:00 Europe/Moscow ru skip-unchanged')
 *   // { schedule: 'weekly mon 09:00', timeZone: 'Europe/Moscow', options: { skipWhenUnchanged: true, language: 'ru' } }
 */
export function parseSubscribeText(text: string): SubscribeText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const skip = words.some((w) => SKIP_FLAGS.has(w.toLowerCase()));
  const language = words.map((w) => w.toLowerCase()).find(isLang);
  const rest = words.filter((w) => !SKIP_FLAGS.has(w.toLowerCase()) && !isLang(w.toLowerCase()));
  const n = scheduleWords(rest);
  const options: SubscribeOptions = { ...(skip && { skipWhenUnchanged: true }), ...(language && { language }) };
  const result: SubscribeText = { schedule: rest.slice(0, n).join(' '), options };
  const zone = rest.slice(n).join(' ');
  if (zone !== '') result.timeZone = zone;
  return result;
}
