import type { Messages } from '../core/messages/index.js';
import type { Delivery, Subscription } from '../store/store.js';
import { nextSlot } from './schedule.js';

/**
 * A moment as the channel reads it, in the subscription's time zone, in the reply's language.
 * @example formatSlot(new Date('2025-03-24T06:00:00Z'), 'Europe/Moscow', en) === 'Mon 24 Mar 2025, 09:00 (Europe/Moscow)'
 */
export function formatSlot(at: Date, timeZone: string, m: Messages): string {
  return m.digestService.slot(at, timeZone);
}

/** "Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow)." */
export function nextLine(sub: Subscription, now: Date, m: Messages): string {
  const next = nextSlot(sub.schedule, sub.timeZone, now);
  return m.digestService.next(next ? formatSlot(next, sub.timeZone, m) : undefined);
}

/**
 * What `digest list` says about a channel's subscription: schedule (and language), next slot, last post, and
 * health in plain words, with what to do when posting keeps failing.
 */
export function describeSubscription(sub: Subscription, last: Delivery | undefined, now: Date, m: Messages): string {
  const d = m.digestService.describe;
  const lines = [d.head(sub.scheduleLabel, sub.timeZone, sub.createdBy, nextLine(sub, now, m), sub.language), sub.skipWhenUnchanged ? d.skipped : d.oneLine];
  if (last?.finishedAt) lines.push(d.lastPosted(formatSlot(last.finishedAt, sub.timeZone, m), last.late, last.manual));
  const error = sub.lastError ?? d.unknownError;
  if (sub.health === 'unhealthy') {
    lines.push(d.unhealthy(sub.healthChangedAt ? formatSlot(sub.healthChangedAt, sub.timeZone, m) : undefined, sub.failures, error));
  } else if (sub.failures > 0) {
    lines.push(d.retrying(sub.failures, error));
  }
  return lines.join('\n');
}
