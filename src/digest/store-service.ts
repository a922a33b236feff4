/**
 * The `DigestService` (contracts.ts) implemented over the store: subscriptions, permission checks, posting
 * now through the same exactly-once delivery the scheduler uses, and previews.
 */
import { buildDigest } from '../core/digest.js';
import type { Reply } from '../core/reply.js';
import type { DeliveryFailure, DigestService } from './contracts.js';
import { deliver, lastDelivery, type DeliverDeps } from './deliver.js';
import { describeSubscription, nextLine } from './describe.js';
import { checkTimeZone, parseSchedule, ScheduleError } from './schedule.js';

/** What the service needs besides delivery: the clock, this process's claim owner id and the default zone. */
export interface DigestServiceDeps extends DeliverDeps {
  now: () => Date;
  owner: string;
  /** IANA zone used when `subscribe` names none (config DIGEST_TIMEZONE). */
  defaultTimeZone: string;
}

const notice = (text: string, extra: { ephemeral?: boolean; error?: boolean } = {}): Reply => ({ kind: 'notice', text, ...extra });

const REFUSAL =
  'Only people who can manage this channel can change its digests (Discord: Manage Channels; Slack: workspace admins ' +
  'or the digest allow-list). Anyone can see what the next one would say with `digest preview`.';

const USAGE = 'Subscribe with `digest subscribe daily 09:00 Europe/Moscow` (or `weekly monday 09:00`, or a cron expression).';

const FAILURE_WORDS: Record<DeliveryFailure, string> = {
  channel_gone: 'the channel could not be found',
  forbidden: 'the bot is not allowed to post here',
  rate_limited: 'the platform asked the bot to slow down; try again in a minute',
  server_error: 'the platform had a server error; try again later',
  timeout: 'the platform did not answer in time; try again later',
  unknown: 'the post did not go through; try again later',
};

/**
 * The `digest` command's service over the store. Subscribing, unsubscribing and `now` (which posts in the
 * channel) need `caller.canManageChannel`; `list` and `preview` are open to anyone and answered privately.
 * @example const service = createDigestService({ ...deliverDeps, now: () => new Date(), owner, defaultTimeZone: 'UTC' });
 */
export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { store } = deps;
  return {
    async subscribe(caller, schedule, timeZone, options = {}) {
      if (!caller.canManageChannel) return notice(REFUSAL, { ephemeral: true, error: true });
      let parsed;
      let zone;
      try {
        parsed = parseSchedule(schedule);
        zone = checkTimeZone(timeZone ?? deps.defaultTimeZone);
      } catch (err) {
        if (err instanceof ScheduleError) return notice(err.message, { ephemeral: true, error: true });
        throw err;
      }
      const now = deps.now();
      const sub = await store.saveSubscription({
        platform: caller.platform,
        channelId: caller.channelId,
        schedule: parsed.cron,
        scheduleLabel: parsed.label,
        timeZone: zone,
        skipWhenUnchanged: options.skipWhenUnchanged ?? false,
        createdBy: caller.userName ?? caller.userId,
        at: now,
      });
      const first = (await store.lastPosted(sub.id)) === undefined;
      const unchanged = sub.skipWhenUnchanged ? 'Slots with nothing new are skipped.' : 'When nothing changed, a one-line digest says so.';
      const intro = first ? ' The first digest is a short overview; later ones list what is new or revised.' : '';
      return notice(`Subscribed this channel to digests: ${sub.scheduleLabel} (${sub.timeZone}). ${nextLine(sub, now)}${intro} ${unchanged}`);
    },

    async unsubscribe(caller) {
      if (!caller.canManageChannel) return notice(REFUSAL, { ephemeral: true, error: true });
      const removed = await store.removeSubscription(caller.platform, caller.channelId);
      return removed ? notice('Unsubscribed: this channel gets no more digests.') : notice('This channel has no digest subscription.', { ephemeral: true });
    },

    async list(caller) {
      const sub = await store.findSubscription(caller.platform, caller.channelId);
      if (sub === undefined) return notice(`No digest in this channel. ${USAGE}`, { ephemeral: true });
      return notice(describeSubscription(sub, await store.lastPosted(sub.id), deps.now()), { ephemeral: true });
    },

    async now(caller) {
      if (!caller.canManageChannel) return notice(REFUSAL, { ephemeral: true, error: true });
      const sub = await store.findSubscription(caller.platform, caller.channelId);
      if (sub === undefined) return notice(`No digest in this channel yet. ${USAGE}`, { ephemeral: true, error: true });
      const now = deps.now();
      const claimed = await store.claim({ subscriptionId: sub.id, slot: now, owner: deps.owner, at: now, late: false, manual: true });
      if (claimed === undefined) return notice('A digest is being posted here right now.', { ephemeral: true });
      const result = await deliver(deps, sub, claimed, now);
      if (result.outcome === 'failed') return notice(`Could not post the digest: ${FAILURE_WORDS[result.error.failure]}.`, { ephemeral: true, error: true });
      return notice('Digest posted.', { ephemeral: true });
    },

    async preview(caller) {
      const sub = await store.findSubscription(caller.platform, caller.channelId);
      const last = sub ? await lastDelivery(store, sub.id) : undefined;
      const digest = buildDigest(deps.core, last, deps.now(), { timeZone: sub?.timeZone ?? deps.defaultTimeZone });
      return { kind: 'digest', digest, ephemeral: true };
    },
  };
}
