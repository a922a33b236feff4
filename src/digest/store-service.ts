/**
 * The `DigestService` (contracts.ts) implemented over the store: subscriptions, permission checks, posting
 * now through the same exactly-once delivery the scheduler uses, and previews.
 */
import { buildDigest } from '../core/digest.js';
import type { Lang } from '../core/lang.js';
import { messages } from '../core/messages/index.js';
import { notice } from '../core/reply.js';
import type { DigestService } from './contracts.js';
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

const PRIVATE = { ephemeral: true } as const;
const PRIVATE_ERROR = { ephemeral: true, error: true } as const;

/**
 * The `digest` command's service over the store. Subscribing, unsubscribing and `now` (which posts in the
 * channel) need `caller.canManageChannel`; `list` and `preview` are open to anyone and answered privately.
 * Replies are in `lang`, the caller's language; digests in the subscription's.
 * @example const service = createDigestService({ ...deliverDeps, now: () => new Date(), owner, defaultTimeZone: 'UTC' });
 */
export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { store } = deps;
  return {
    async subscribe(caller, schedule, timeZone, options = {}, lang: Lang = 'en') {
      const m = messages(lang);
      if (!caller.canManageChannel) return notice(m.digestService.refusal, lang, PRIVATE_ERROR);
      let parsed;
      let zone;
      try {
        parsed = parseSchedule(schedule);
        zone = checkTimeZone(timeZone ?? deps.defaultTimeZone);
      } catch (err) {
        if (err instanceof ScheduleError) return notice(m.digestService.scheduleProblem(err.problem), lang, PRIVATE_ERROR);
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
        language: options.language ?? 'en',
        createdBy: caller.userName ?? caller.userId,
        at: now,
      });
      const first = (await store.lastPosted(sub.id)) === undefined;
      return notice(m.digestService.subscribed(sub.scheduleLabel, sub.timeZone, nextLine(sub, now, m), first, sub.skipWhenUnchanged, sub.language), lang);
    },

    async unsubscribe(caller, lang: Lang = 'en') {
      const m = messages(lang).digestService;
      if (!caller.canManageChannel) return notice(m.refusal, lang, PRIVATE_ERROR);
      const removed = await store.removeSubscription(caller.platform, caller.channelId);
      return removed ? notice(m.unsubscribed, lang) : notice(m.noSubscription, lang, PRIVATE);
    },

    async list(caller, lang: Lang = 'en') {
      const m = messages(lang);
      const sub = await store.findSubscription(caller.platform, caller.channelId);
      if (sub === undefined) return notice(m.digestService.noDigest(m.digestService.subscribeHint), lang, PRIVATE);
      return notice(describeSubscription(sub, await store.lastPosted(sub.id), deps.now(), m), lang, PRIVATE);
    },

    async now(caller, lang: Lang = 'en') {
      const m = messages(lang).digestService;
      if (!caller.canManageChannel) return notice(m.refusal, lang, PRIVATE_ERROR);
      const sub = await store.findSubscription(caller.platform, caller.channelId);
      if (sub === undefined) return notice(m.noDigestYet(m.subscribeHint), lang, PRIVATE_ERROR);
      const now = deps.now();
      const claimed = await store.claim({ subscriptionId: sub.id, slot: now, owner: deps.owner, at: now, late: false, manual: true });
      if (claimed === undefined) return notice(m.busy, lang, PRIVATE);
      const result = await deliver(deps, sub, claimed, now);
      if (result.outcome === 'failed') return notice(m.failed(m.failures[result.error.failure]), lang, PRIVATE_ERROR);
      return notice(m.posted, lang, PRIVATE);
    },

    async preview(caller, lang: Lang = 'en') {
      const sub = await store.findSubscription(caller.platform, caller.channelId);
      const last = sub ? await lastDelivery(store, sub.id) : undefined;
      const digest = buildDigest(deps.core(), last, deps.now(), { timeZone: sub?.timeZone ?? deps.defaultTimeZone, lang: sub?.language ?? lang });
      return { kind: 'digest', digest, ephemeral: true };
    },
  };
}
