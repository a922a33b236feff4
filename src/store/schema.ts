/**
 * The tables as Kysely sees them. Both dialects store the same values: timestamps as ISO-8601 UTC text
 * (`Date.toISOString()`, which sorts in time order) and booleans as 0/1 integers, so one code path serves
 * SQLite and PostgreSQL without per-dialect type parsing.
 */
export interface Database {
  subscriptions: SubscriptionRow;
  deliveries: DeliveryRow;
  language_preferences: LanguagePreferenceRow;
  votes: VoteRow;
  abstentions: AbstentionRow;
  answers: AnswerRow;
  event_claims: EventClaimRow;
}

/** One channel's digest subscription; unique per (platform, channel_id). */
export interface SubscriptionRow {
  id: string;
  platform: string;
  channel_id: string;
  /** Cron pattern croner runs. */
  schedule: string;
  /** The schedule as the user gave it, normalised ("daily 09:00"). */
  schedule_label: string;
  time_zone: string;
  skip_when_unchanged: number;
  created_by: string;
  created_at: string;
  /** Slots before this instant are never posted (set on subscribe and on every schedule change). */
  starts_at: string;
  health: string;
  /** Consecutive failed posting attempts. */
  failures: number;
  last_error: string | null;
  health_changed_at: string | null;
  /** The language digests are written in: 'en' or 'ru'. */
  language: string;
}

/** One claimed slot of one subscription; the (subscription_id, slot) primary key is the exactly-once guarantee. */
export interface DeliveryRow {
  subscription_id: string;
  slot: string;
  manual: number;
  status: string;
  late: number;
  attempts: number;
  claimed_by: string;
  claimed_at: string;
  next_attempt_at: string | null;
  message_ref: string | null;
  /** JSON object of content hashes by fact id, once posted or skipped. */
  hashes: string | null;
  error: string | null;
  finished_at: string | null;
}

/** The language one person asked to be answered in (`lang ru|en`); `lang auto` deletes the row. */
export interface LanguagePreferenceRow {
  platform: string;
  user_id: string;
  language: string;
  updated_at: string;
}

/** One person's vote on one answer; the (answer_id, user_hash) primary key keeps one vote per person per answer. */
export interface VoteRow {
  answer_id: string;
  user_hash: string;
  platform: string;
  channel_id: string;
  question: string;
  /** JSON array of the fact ids the answer showed. */
  fact_ids: string;
  vote: string;
  created_at: string;
}

/** One question the bot abstained on. */
export interface AbstentionRow {
  id: string;
  platform: string;
  channel_id: string;
  user_hash: string;
  question: string;
  created_at: string;
}

/** An answer people may vote on: the question and the facts it showed, under the id its vote buttons carry. */
export interface AnswerRow {
  answer_id: string;
  question: string;
  /** JSON array of the fact ids the answer showed. */
  fact_ids: string;
  /** When the answer was last given (kept for `RETENTION_DAYS` after that). */
  created_at: string;
}

/** One handled delivery (`event:<id>`, `msg:<channel>:<ts>`); the primary key makes one replica its owner until `expires_at`. */
export interface EventClaimRow {
  event_key: string;
  claimed_by: string;
  claimed_at: string;
  expires_at: string;
}
