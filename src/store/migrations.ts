import { type Kysely, type Migration, Migrator } from 'kysely';

/**
 * Versioned migrations, applied in name order at start-up. Never edit one that has shipped; add the next.
 * Column types are ones both SQLite and PostgreSQL accept with the same meaning (text, integer).
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-subscriptions-deliveries-feedback': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('schedule', 'text', (c) => c.notNull())
        .addColumn('schedule_label', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('skip_when_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('health', 'text', (c) => c.notNull().defaultTo('ok'))
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('health_changed_at', 'text')
        .addUniqueConstraint('subscriptions_channel_unique', ['platform', 'channel_id'])
        .execute();
      await db.schema
        .createTable('deliveries')
        .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
        .addColumn('slot', 'text', (c) => c.notNull())
        .addColumn('manual', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claimed_by', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text')
        .addColumn('message_ref', 'text')
        .addColumn('hashes', 'text')
        .addColumn('error', 'text')
        .addColumn('finished_at', 'text')
        .addPrimaryKeyConstraint('deliveries_slot_pk', ['subscription_id', 'slot'])
        .execute();
      await db.schema.createIndex('deliveries_finished').on('deliveries').columns(['subscription_id', 'status', 'finished_at']).execute();
      await db.schema
        .createTable('feedback')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('rating', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002-languages': {
    async up(db: Kysely<unknown>) {
      // Existing subscriptions keep getting English digests.
      await db.schema.alterTable('subscriptions').addColumn('language', 'text', (c) => c.notNull().defaultTo('en')).execute();
      await db.schema
        .createTable('language_preferences')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('language_preferences_pk', ['platform', 'user_id'])
        .execute();
    },
  },
  '0003-votes-abstentions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('votes')
        .addColumn('answer_id', 'text', (c) => c.notNull())
        .addColumn('user_hash', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('fact_ids', 'text', (c) => c.notNull())
        .addColumn('vote', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('votes_pk', ['answer_id', 'user_hash'])
        .execute();
      await db.schema.createIndex('votes_created').on('votes').column('created_at').execute();
      await db.schema
        .createTable('abstentions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('user_hash', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('abstentions_created').on('abstentions').column('created_at').execute();
    },
  },
  '0004-answers-drop-feedback': {
    async up(db: Kysely<unknown>) {
      // What a Discord vote button points at (its custom_id holds 100 characters: the answer id, not the answer).
      await db.schema
        .createTable('answers')
        .addColumn('answer_id', 'text', (c) => c.primaryKey())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('fact_ids', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('answers_created').on('answers').column('created_at').execute();
      // Never written by any release (votes replaced it), and it would have held raw user ids.
      await db.schema.dropTable('feedback').ifExists().execute();
    },
  },
  '0005-event-claims': {
    async up(db: Kysely<unknown>) {
      // One row per platform delivery handled (a Slack event id, a message): replicas on one database answer it once.
      await db.schema
        .createTable('event_claims')
        .addColumn('event_key', 'text', (c) => c.primaryKey())
        .addColumn('claimed_by', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('event_claims_expires').on('event_claims').column('expires_at').execute();
    },
  },
};

/** Thrown when migrations fail at start-up; the message names the migration. */
export class MigrationError extends Error {
  readonly code = 'STORE_MIGRATION_FAILED';
}

/**
 * Brings the schema to the latest version. Safe to call from several processes at once: Kysely takes a
 * lock (an advisory lock on PostgreSQL) and skips migrations already applied. Returns the names applied now.
 */
export async function migrate(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const what = failed === undefined ? 'store: could not reach or lock the database' : `store: migration ${failed} failed`;
    throw new MigrationError(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
