import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isLang } from '../core/lang.js';
import { toAbstention, toAnswer, toDelivery, toSubscription, toVote } from './rows.js';
import type { Database, DeliveryRow } from './schema.js';
import type { Store } from './store.js';

const iso = (d: Date): string => d.toISOString();

/**
 * The Store over a Kysely instance. The SQL is written once and runs on SQLite and PostgreSQL: exactly-once
 * rests on the deliveries primary key (INSERT ... ON CONFLICT DO NOTHING RETURNING) and on compare-and-set
 * updates (UPDATE ... WHERE status, owner and attempts are what the caller saw ... RETURNING).
 */
export function createKyselyStore(db: Kysely<Database>, dialect: Store['dialect']): Store {
  return {
    dialect,

    async saveSubscription(input) {
      const at = iso(input.at);
      const row = await db
        .insertInto('subscriptions')
        .values({
          id: randomUUID(),
          platform: input.platform,
          channel_id: input.channelId,
          schedule: input.schedule,
          schedule_label: input.scheduleLabel,
          time_zone: input.timeZone,
          skip_when_unchanged: input.skipWhenUnchanged ? 1 : 0,
          language: input.language ?? 'en',
          created_by: input.createdBy,
          created_at: at,
          starts_at: at,
          health: 'ok',
          failures: 0,
          last_error: null,
          health_changed_at: null,
        })
        .onConflict((oc) =>
          oc.columns(['platform', 'channel_id']).doUpdateSet((eb) => ({
            schedule: eb.ref('excluded.schedule'),
            schedule_label: eb.ref('excluded.schedule_label'),
            time_zone: eb.ref('excluded.time_zone'),
            skip_when_unchanged: eb.ref('excluded.skip_when_unchanged'),
            language: eb.ref('excluded.language'),
            created_by: eb.ref('excluded.created_by'),
            // A new schedule starts now: its earlier slots were never promised to anyone.
            starts_at: eb
              .case()
              .when(eb.or([eb('subscriptions.schedule', '!=', eb.ref('excluded.schedule')), eb('subscriptions.time_zone', '!=', eb.ref('excluded.time_zone'))]))
              .then(eb.ref('excluded.starts_at'))
              .else(eb.ref('subscriptions.starts_at'))
              .end(),
            // Subscribing again is how people say "I fixed the channel": give it a fresh start.
            health: 'ok',
            failures: 0,
            last_error: null,
            health_changed_at: at,
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSubscription(row);
    },

    async removeSubscription(platform, channelId) {
      // Deliveries go with it (ON DELETE CASCADE): one statement, so no transaction is held open.
      const gone = await db.deleteFrom('subscriptions').where('platform', '=', platform).where('channel_id', '=', channelId).returning('id').execute();
      return gone.length > 0;
    },

    async findSubscription(platform, channelId) {
      const row = await db.selectFrom('subscriptions').selectAll().where('platform', '=', platform).where('channel_id', '=', channelId).executeTakeFirst();
      return row === undefined ? undefined : toSubscription(row);
    },

    async listSubscriptions() {
      const rows = await db.selectFrom('subscriptions').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toSubscription);
    },

    async setHealth(subscriptionId, update) {
      await db
        .updateTable('subscriptions')
        .set({ health: update.health, failures: update.failures, last_error: update.lastError ?? null, health_changed_at: iso(update.at) })
        .where('id', '=', subscriptionId)
        .execute();
    },

    async claim(input) {
      const row = await db
        .insertInto('deliveries')
        .values({
          subscription_id: input.subscriptionId,
          slot: iso(input.slot),
          manual: input.manual ? 1 : 0,
          status: 'claimed',
          late: input.late ? 1 : 0,
          attempts: 1,
          claimed_by: input.owner,
          claimed_at: iso(input.at),
          next_attempt_at: null,
          message_ref: null,
          hashes: null,
          error: null,
          finished_at: null,
        })
        .onConflict((oc) => oc.columns(['subscription_id', 'slot']).doNothing())
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? undefined : toDelivery(row);
    },

    async reclaim(previous, owner, at, late) {
      const row = await db
        .updateTable('deliveries')
        .set((eb) => ({
          status: 'claimed',
          claimed_by: owner,
          claimed_at: iso(at),
          attempts: eb('attempts', '+', 1),
          late: late || previous.late ? 1 : 0,
          next_attempt_at: null,
        }))
        .where('subscription_id', '=', previous.subscriptionId)
        .where('slot', '=', iso(previous.slot))
        .where('status', '=', previous.status)
        .where('claimed_by', '=', previous.claimedBy)
        .where('attempts', '=', previous.attempts)
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? undefined : toDelivery(row);
    },

    async finish(subscriptionId, slot, owner, outcome, at) {
      const set: Partial<DeliveryRow> = { status: outcome.status, finished_at: iso(at) };
      if (outcome.status === 'failed') {
        Object.assign(set, { error: outcome.error, next_attempt_at: outcome.nextAttemptAt ? iso(outcome.nextAttemptAt) : null });
      } else {
        Object.assign(set, { hashes: JSON.stringify(outcome.hashes), error: null, message_ref: outcome.status === 'posted' ? outcome.messageRef : null });
      }
      const result = await db
        .updateTable('deliveries')
        .set(set)
        .where('subscription_id', '=', subscriptionId)
        .where('slot', '=', iso(slot))
        .where('claimed_by', '=', owner)
        .where('status', '=', 'claimed')
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    async findDelivery(subscriptionId, slot) {
      const row = await db.selectFrom('deliveries').selectAll().where('subscription_id', '=', subscriptionId).where('slot', '=', iso(slot)).executeTakeFirst();
      return row === undefined ? undefined : toDelivery(row);
    },

    async latestScheduled(subscriptionId) {
      const row = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .where('manual', '=', 0)
        .orderBy('slot', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : toDelivery(row);
    },

    async lastPosted(subscriptionId) {
      const row = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .where('status', '=', 'posted')
        .orderBy('finished_at', 'desc')
        .orderBy('slot', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : toDelivery(row);
    },

    async saveAnswer(a) {
      await db
        .insertInto('answers')
        .values({ answer_id: a.answerId, question: a.question, fact_ids: JSON.stringify(a.factIds), created_at: iso(a.at) })
        .onConflict((oc) => oc.column('answer_id').doUpdateSet((eb) => ({ created_at: eb.ref('excluded.created_at') })))
        .execute();
    },

    async findAnswer(answerId) {
      const row = await db.selectFrom('answers').selectAll().where('answer_id', '=', answerId).executeTakeFirst();
      return row === undefined ? undefined : toAnswer(row);
    },

    async recordVote(v) {
      await db
        .insertInto('votes')
        .values({
          answer_id: v.answerId,
          user_hash: v.userHash,
          platform: v.platform,
          channel_id: v.channelId,
          question: v.question,
          fact_ids: JSON.stringify(v.factIds),
          vote: v.vote,
          created_at: iso(v.at),
        })
        .onConflict((oc) => oc.columns(['answer_id', 'user_hash']).doUpdateSet((eb) => ({ vote: eb.ref('excluded.vote'), created_at: eb.ref('excluded.created_at') })))
        .execute();
    },

    async recordAbstention(a) {
      await db
        .insertInto('abstentions')
        .values({ id: randomUUID(), platform: a.platform, channel_id: a.channelId, user_hash: a.userHash, question: a.question, created_at: iso(a.at) })
        .execute();
    },

    async votesSince(since) {
      const rows = await db.selectFrom('votes').selectAll().where('created_at', '>=', iso(since)).orderBy('created_at').orderBy('answer_id').execute();
      return rows.map(toVote);
    },

    async abstentionsSince(since) {
      const rows = await db.selectFrom('abstentions').selectAll().where('created_at', '>=', iso(since)).orderBy('created_at').orderBy('id').execute();
      return rows.map(toAbstention);
    },

    async pruneBefore(before) {
      const votes = await db.deleteFrom('votes').where('created_at', '<', iso(before)).executeTakeFirst();
      const abstentions = await db.deleteFrom('abstentions').where('created_at', '<', iso(before)).executeTakeFirst();
      const answers = await db.deleteFrom('answers').where('created_at', '<', iso(before)).executeTakeFirst();
      return Number(votes.numDeletedRows) + Number(abstentions.numDeletedRows) + Number(answers.numDeletedRows);
    },

    async languagePreference(platform, userId) {
      const row = await db
        .selectFrom('language_preferences')
        .select('language')
        .where('platform', '=', platform)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return isLang(row?.language) ? row.language : undefined;
    },

    async setLanguagePreference(platform, userId, language, at) {
      if (language === undefined) {
        await db.deleteFrom('language_preferences').where('platform', '=', platform).where('user_id', '=', userId).execute();
        return;
      }
      await db
        .insertInto('language_preferences')
        .values({ platform, user_id: userId, language, updated_at: iso(at) })
        .onConflict((oc) => oc.columns(['platform', 'user_id']).doUpdateSet((eb) => ({ language: eb.ref('excluded.language'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
    },

    async claimEvents({ keys, owner, at, expiresAt }) {
      // Sorted, so two replicas lock overlapping keys in one order on PostgreSQL and cannot deadlock.
      const unique = [...new Set(keys)].sort();
      if (unique.length === 0) return true;
      const rows = await db
        .insertInto('event_claims')
        .values(unique.map((key) => ({ event_key: key, claimed_by: owner, claimed_at: iso(at), expires_at: iso(expiresAt) })))
        .onConflict((oc) =>
          oc
            .column('event_key')
            .doUpdateSet((eb) => ({ claimed_by: eb.ref('excluded.claimed_by'), claimed_at: eb.ref('excluded.claimed_at'), expires_at: eb.ref('excluded.expires_at') }))
            // An expired claim is taken over; a live one is left alone and not returned.
            .where('event_claims.expires_at', '<=', iso(at)),
        )
        .returning('event_key')
        .execute();
      return rows.length === unique.length;
    },

    async pruneEventClaims(before) {
      const gone = await db.deleteFrom('event_claims').where('expires_at', '<', iso(before)).executeTakeFirst();
      return Number(gone.numDeletedRows);
    },

    async close() {
      await db.destroy();
    },
  };
}
