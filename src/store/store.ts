import type { Lang } from '../core/lang.js';

/**
 * What must survive a restart: digest subscriptions, their deliveries, votes, unanswered questions and language preferences. One interface,
 * two backends (SQLite by default, PostgreSQL when DATABASE_URL is set); see `openStore`.
 */

export type Platform = 'slack' | 'discord' | 'console';

/** `unhealthy` after a slot was given up: the poster kept failing, or the channel is gone or forbidden. */
export type Health = 'ok' | 'unhealthy';

/**
 * One channel's digest subscription.
 * @example { platform: 'slack', channelId: 'C123', schedule: '0 9 * * *', scheduleLabel: 'daily 09:00', timeZone: 'Europe/Moscow', ... }
 */
export interface Subscription {
  id: string;
  platform: Platform;
  channelId: string;
  /** Cron pattern (croner). */
  schedule: string;
  /** The schedule as people read it: "daily 09:00", "weekly Monday 09:00", "cron 0 9 * * 1-5". */
  scheduleLabel: string;
  timeZone: string;
  /** Skip the slot instead of posting "no changes". */
  skipWhenUnchanged: boolean;
  createdBy: string;
  createdAt: Date;
  /** Slots before this instant are never posted: subscribing at 10:00 does not post the 09:00 slot. */
  startsAt: Date;
  health: Health;
  /** Consecutive failed posting attempts; 0 after a success. */
  failures: number;
  lastError?: string;
  healthChangedAt?: Date;
  /** The language the channel's digests are written in. */
  language: Lang;
}

/** What `saveSubscription` needs; an existing subscription of the same channel is replaced in place. */
export type SubscriptionInput = Pick<Subscription, 'platform' | 'channelId' | 'schedule' | 'scheduleLabel' | 'timeZone' | 'skipWhenUnchanged' | 'createdBy'> & {
  /** Default English. */
  language?: Lang;
  at: Date;
};

export type DeliveryStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

/** One slot of one subscription: claimed before posting, finished after. Unique per (subscriptionId, slot). */
export interface Delivery {
  subscriptionId: string;
  slot: Date;
  /** Asked for with `digest now`, not scheduled. */
  manual: boolean;
  status: DeliveryStatus;
  /** Posted well after its slot (after downtime, or recovered from a stale claim). */
  late: boolean;
  attempts: number;
  /** The process that holds (or last held) the claim. */
  claimedBy: string;
  claimedAt: Date;
  /** When a failed delivery may be retried; absent once given up. */
  nextAttemptAt?: Date;
  messageRef?: string;
  /** Content hashes by fact id, recorded when posted or skipped. */
  hashes?: Record<string, string>;
  error?: string;
  finishedAt?: Date;
}

/** A new claim: inserted only if no row for (subscriptionId, slot) exists. */
export interface ClaimInput {
  subscriptionId: string;
  slot: Date;
  owner: string;
  at: Date;
  late: boolean;
  manual?: boolean;
}

/** How a claimed delivery ended. */
export type DeliveryOutcome =
  | { status: 'posted'; messageRef: string; hashes: Record<string, string> }
  | { status: 'skipped'; hashes: Record<string, string> }
  | { status: 'failed'; error: string; nextAttemptAt?: Date };

/** A change to a subscription's health. */
export interface HealthUpdate {
  health: Health;
  failures: number;
  lastError?: string;
  at: Date;
}

/** A person's verdict on one answer. */
export type VoteValue = 'up' | 'down';

/**
 * A vote on one answer: one per person per answer, a second vote replaces the first. `userHash` is the salted
 * hash of the user id (`hashUser`), never the id itself.
 * @example { answerId: 'a1b2', platform: 'slack', channelId: 'C1', userHash: '9f…', question: 'how many died?', factIds: ['toll-final'], vote: 'down', at }
 */
export interface Vote {
  answerId: string;
  platform: Platform;
  channelId: string;
  userHash: string;
  question: string;
  /** The facts the answer showed, in the order shown. */
  factIds: string[];
  vote: VoteValue;
  at: Date;
}

/** A question the bot abstained on; `userHash` as in `Vote`. */
export interface Abstention {
  platform: Platform;
  channelId: string;
  userHash: string;
  question: string;
  at: Date;
}

/**
 * An answer people may vote on, under the id its vote buttons carry (a Discord button holds 100 characters, not
 * the question and the facts).
 */
export interface SavedAnswer {
  answerId: string;
  question: string;
  factIds: string[];
  /** When it was last given. */
  at: Date;
}

/** A claim on platform deliveries (Slack event ids, messages), so that of several replicas one handles each. */
export interface EventClaim {
  keys: readonly string[];
  owner: string;
  at: Date;
  /** After this the keys may be claimed again (longer than the platform retries). */
  expiresAt: Date;
}

/** The store. Every method is one atomic statement (or transaction), safe with several processes on PostgreSQL. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Creates or replaces the channel's subscription; a changed schedule or time zone moves `startsAt` to `at`. */
  saveSubscription(input: SubscriptionInput): Promise<Subscription>;
  /** Deletes the channel's subscription and its deliveries; false if there was none. */
  removeSubscription(platform: Platform, channelId: string): Promise<boolean>;
  findSubscription(platform: Platform, channelId: string): Promise<Subscription | undefined>;
  /** All subscriptions, oldest first. */
  listSubscriptions(): Promise<Subscription[]>;
  setHealth(subscriptionId: string, update: HealthUpdate): Promise<void>;
  /** Inserts a claim; undefined when the slot is already claimed (by anyone). */
  claim(input: ClaimInput): Promise<Delivery | undefined>;
  /**
   * Takes over a claimed (stale) or failed (due) delivery, compare-and-set on its status, owner and attempts:
   * of several processes trying at once exactly one gets the row. Adds one attempt.
   */
  reclaim(previous: Delivery, owner: string, at: Date, late: boolean): Promise<Delivery | undefined>;
  /** Records the outcome of a claim the owner still holds; false if it no longer holds it. */
  finish(subscriptionId: string, slot: Date, owner: string, outcome: DeliveryOutcome, at: Date): Promise<boolean>;
  findDelivery(subscriptionId: string, slot: Date): Promise<Delivery | undefined>;
  /** The scheduled (not manual) delivery with the latest slot. */
  latestScheduled(subscriptionId: string): Promise<Delivery | undefined>;
  /** The delivery most recently posted (scheduled or manual): what the channel was last told. */
  lastPosted(subscriptionId: string): Promise<Delivery | undefined>;
  /** Keeps an answer for its vote buttons; giving the same answer again only moves its time. */
  saveAnswer(answer: SavedAnswer): Promise<void>;
  findAnswer(answerId: string): Promise<SavedAnswer | undefined>;
  /** Records a vote, or changes the person's earlier vote on the same answer. */
  recordVote(vote: Vote): Promise<void>;
  recordAbstention(abstention: Abstention): Promise<void>;
  /** Votes cast at or after `since`, oldest first. */
  votesSince(since: Date): Promise<Vote[]>;
  /** Abstentions at or after `since`, oldest first. */
  abstentionsSince(since: Date): Promise<Abstention[]>;
  /** Deletes votes, abstentions and saved answers older than `before` (retention); returns how many rows went. */
  pruneBefore(before: Date): Promise<number>;
  /** The language a person asked to be answered in, if they chose one. */
  languagePreference(platform: Platform, userId: string): Promise<Lang | undefined>;
  /** Records the person's language, or forgets it (`undefined`: answer in the language they ask in). */
  setLanguagePreference(platform: Platform, userId: string, language: Lang | undefined, at: Date): Promise<void>;
  /**
   * Claims every key, or reports that one is held: true only if none of `keys` had an unexpired claim (the first
   * delivery), and all are then held by `owner`. One statement, so of two replicas claiming at once one wins.
   */
  claimEvents(claim: EventClaim): Promise<boolean>;
  /** Deletes claims that expired before `before`; returns how many went. */
  pruneEventClaims(before: Date): Promise<number>;
  close(): Promise<void>;
}
