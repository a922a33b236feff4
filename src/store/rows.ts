import type { AbstentionRow, AnswerRow, DeliveryRow, SubscriptionRow, VoteRow } from './schema.js';
import { isLang } from '../core/lang.js';
import type { Abstention, Delivery, DeliveryStatus, Health, Platform, SavedAnswer, Subscription, Vote, VoteValue } from './store.js';

/** Row <-> value conversions, the only place that knows timestamps are ISO text and booleans 0/1. */

const date = (s: string): Date => new Date(s);
const optDate = (s: string | null): Date | undefined => (s === null ? undefined : new Date(s));
const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** A subscription row as a value. */
export function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = {
    id: row.id,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    schedule: row.schedule,
    scheduleLabel: row.schedule_label,
    timeZone: row.time_zone,
    skipWhenUnchanged: Number(row.skip_when_unchanged) === 1,
    createdBy: row.created_by,
    createdAt: date(row.created_at),
    startsAt: date(row.starts_at),
    health: row.health as Health,
    failures: Number(row.failures),
    // A language this version does not know (written by a newer one) reads as English.
    language: isLang(row.language) ? row.language : 'en',
  };
  if (row.last_error !== null) sub.lastError = row.last_error;
  if (row.health_changed_at !== null) sub.healthChangedAt = date(row.health_changed_at);
  return sub;
}

/** A delivery row as a value. */
export function toDelivery(row: DeliveryRow): Delivery {
  const d: Delivery = {
    subscriptionId: row.subscription_id,
    slot: date(row.slot),
    manual: Number(row.manual) === 1,
    status: row.status as DeliveryStatus,
    late: Number(row.late) === 1,
    attempts: Number(row.attempts),
    claimedBy: row.claimed_by,
    claimedAt: date(row.claimed_at),
  };
  const extras: Partial<Delivery> = {
    nextAttemptAt: optDate(row.next_attempt_at),
    messageRef: opt(row.message_ref),
    hashes: row.hashes === null ? undefined : (JSON.parse(row.hashes) as Record<string, string>),
    error: opt(row.error),
    finishedAt: optDate(row.finished_at),
  };
  for (const [k, v] of Object.entries(extras)) if (v !== undefined) Object.assign(d, { [k]: v });
  return d;
}

/** A vote row as a value. */
export function toVote(row: VoteRow): Vote {
  return {
    answerId: row.answer_id,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    userHash: row.user_hash,
    question: row.question,
    factIds: JSON.parse(row.fact_ids) as string[],
    vote: row.vote as VoteValue,
    at: date(row.created_at),
  };
}

/** An abstention row as a value. */
export function toAbstention(row: AbstentionRow): Abstention {
  return { platform: row.platform as Platform, channelId: row.channel_id, userHash: row.user_hash, question: row.question, at: date(row.created_at) };
}

/** An answer row as a value. */
export function toAnswer(row: AnswerRow): SavedAnswer {
  return { answerId: row.answer_id, question: row.question, factIds: JSON.parse(row.fact_ids) as string[], at: date(row.created_at) };
}
