import type { Delivery, Subscription } from '../store/store.js';
import { nextSlot } from './schedule.js';

/**
 * A moment as the channel reads it, in the subscription's time zone.
 * @example formatSlot(new Date('2025-03-24T06:00:00Z'), 'Europe/Moscow') === 'Mon 24 Mar 2025, 09:00 (Europe/Moscow)'
 */
export function formatSlot(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${text.replace(/^(\w+),/, '$1')} (${timeZone})`;
}

/** "Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow)." */
export function nextLine(sub: Subscription, now: Date): string {
  const next = nextSlot(sub.schedule, sub.timeZone, now);
  return next ? `Next digest: ${formatSlot(next, sub.timeZone)}.` : 'This schedule has no further slots.';
}

/**
 * What `digest list` says about a channel's subscription: schedule, next slot, last post, and health in plain
 * words, with what to do when posting keeps failing.
 */
export function describeSubscription(sub: Subscription, last: Delivery | undefined, now: Date): string {
  const lines = [
    `Digest: ${sub.scheduleLabel} (${sub.timeZone}), set up by ${sub.createdBy}. ${nextLine(sub, now)}`,
    sub.skipWhenUnchanged ? 'When nothing changed, the digest is skipped.' : 'When nothing changed, a one-line digest says so.',
  ];
  if (last?.finishedAt) {
    lines.push(`Last posted: ${formatSlot(last.finishedAt, sub.timeZone)}${last.late ? ' (late, after downtime)' : ''}${last.manual ? ' (on request)' : ''}.`);
  }
  if (sub.health === 'unhealthy') {
    const since = sub.healthChangedAt ? ` since ${formatSlot(sub.healthChangedAt, sub.timeZone)}` : '';
    lines.push(
      `⚠ Unhealthy${since}: ${sub.failures} failed attempt(s) in a row; last error: ${sub.lastError ?? 'unknown'}. ` +
        'Check that the bot is still in this channel and may post here; the next slot is tried again, or subscribe again to reset.',
    );
  } else if (sub.failures > 0) {
    lines.push(`Posting failed ${sub.failures} time(s) in a row and is being retried; last error: ${sub.lastError ?? 'unknown'}.`);
  }
  return lines.join('\n');
}
