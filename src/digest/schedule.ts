import { Cron } from 'croner';
import { messages, type ScheduleProblem } from '../core/messages/index.js';

/** A schedule people typed, as the cron pattern croner runs and a label to show back. */
export interface ParsedSchedule {
  cron: string;
  /** "daily 09:00", "weekly Monday 09:00", "cron 0 9 * * 1-5". */
  label: string;
}

/**
 * A schedule or time zone that cannot be used. `problem` says what is wrong, for a reply in the caller's language;
 * the message is the English one, short, saying what would work.
 */
export class ScheduleError extends Error {
  readonly code = 'DIGEST_SCHEDULE_INVALID';
  constructor(readonly problem: ScheduleProblem) {
    super(messages('en').digestService.scheduleProblem(problem));
    this.name = 'ScheduleError';
  }
}

/** Digests more often than this are refused: a channel digest is not a feed. */
export const MIN_INTERVAL_MS = 60 * 60_000;

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function time(text: string): [hour: number, minute: number] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  const [hour, minute] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) throw new ScheduleError({ kind: 'time', text });
  return [hour, minute];
}

function day(text: string): number {
  const lower = text.toLowerCase();
  const i = DAYS.findIndex((d) => d === lower || (lower.length >= 3 && d.startsWith(lower)));
  if (i < 0) throw new ScheduleError({ kind: 'day', text });
  return i;
}

const pad = (n: number) => String(n).padStart(2, '0');

function cronJob(pattern: string, timeZone = 'UTC'): Cron {
  return new Cron(pattern, { timezone: timeZone, mode: '5-part' });
}

function checkCron(pattern: string): void {
  let runs: Date[];
  try {
    runs = cronJob(pattern).nextRuns(50, new Date('2025-01-01T00:00:00Z'));
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^CronPattern: /, '') : String(err);
    throw new ScheduleError({ kind: 'bad-cron', pattern, why });
  }
  if (runs.length === 0) throw new ScheduleError({ kind: 'never', pattern });
  for (let i = 1; i < runs.length; i++) {
    if ((runs[i] as Date).getTime() - (runs[i - 1] as Date).getTime() < MIN_INTERVAL_MS) {
      throw new ScheduleError({ kind: 'too-often', pattern });
    }
  }
}

/**
 * Reads `daily HH:MM`, `weekly <day> HH:MM` or a 5-field cron expression (optionally after `cron`).
 * @example parseSchedule('weekly mon 9:30') // { cron: '30 9 * * 1', label: 'weekly Monday 09:30' }
 * @throws ScheduleError with a short message naming what was wrong.
 */
export function parseSchedule(text: string): ParsedSchedule {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [kind = '', ...rest] = words;
  if (kind.toLowerCase() === 'daily' && rest.length === 1) {
    const [h, m] = time(rest[0] as string);
    return { cron: `${m} ${h} * * *`, label: `daily ${pad(h)}:${pad(m)}` };
  }
  if (kind.toLowerCase() === 'weekly' && rest.length === 2) {
    const d = day(rest[0] as string);
    const [h, m] = time(rest[1] as string);
    const name = DAYS[d] as string;
    return { cron: `${m} ${h} * * ${d}`, label: `weekly ${name[0]?.toUpperCase()}${name.slice(1)} ${pad(h)}:${pad(m)}` };
  }
  const fields = kind.toLowerCase() === 'cron' ? rest : words;
  if (fields.length !== 5) throw new ScheduleError({ kind: 'unreadable', text: text.trim() });
  const cron = fields.join(' ');
  checkCron(cron);
  return { cron, label: `cron ${cron}` };
}

/**
 * An IANA time zone, its name's case fixed ("europe/moscow" -> "Europe/Moscow").
 * @throws ScheduleError when it is not a time zone.
 */
export function checkTimeZone(timeZone: string): string {
  try {
    if (!/^[A-Za-z]/.test(timeZone)) throw new RangeError(timeZone);
    const canonical = new Intl.DateTimeFormat('en-GB', { timeZone }).resolvedOptions().timeZone;
    // Fix the case of a name ("europe/moscow"), but keep an alias as typed ("EST" would resolve to America/Panama).
    return canonical.toLowerCase() === timeZone.toLowerCase() ? canonical : timeZone;
  } catch {
    throw new ScheduleError({ kind: 'zone', zone: timeZone });
  }
}

/** The latest slot at or before `now`, in the schedule's time zone; undefined if it never ran. */
export function latestSlot(cron: string, timeZone: string, now: Date): Date | undefined {
  // previousRuns excludes a run at exactly the reference instant; a millisecond later includes it.
  return cronJob(cron, timeZone).previousRuns(1, new Date(now.getTime() + 1))[0];
}

/** The first slot after `now`; undefined if there is none. */
export function nextSlot(cron: string, timeZone: string, now: Date): Date | undefined {
  return cronJob(cron, timeZone).nextRun(now) ?? undefined;
}
