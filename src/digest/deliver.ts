import type { Logger } from 'pino';
import { buildDigest, type LastDelivery } from '../core/digest.js';
import type { Digest, FactCore } from '../core/types.js';
import type { Delivery, Store, Subscription } from '../store/store.js';
import type { PosterRegistry } from './posters.js';
import { retryDelay, toDeliveryError, type RetryPolicy } from './retry.js';
import { DeliveryError } from './contracts.js';

/** What delivering needs; shared by the scheduler and `digest now`. */
export interface DeliverDeps {
  store: Store;
  /** The facts now served: read at each delivery, so a reload reaches the next digest. */
  core: () => FactCore;
  posters: PosterRegistry;
  logger: Logger;
  retry: RetryPolicy;
  /** Give up on one post after this long (reported as a 'timeout' failure). */
  postTimeoutMs: number;
  /** Told how each delivery ended (metrics); never throws into delivery. */
  observe?: (ended: DeliveryEnded) => void;
}

/** How one delivery ended, for metrics. */
export interface DeliveryEnded {
  platform: Subscription['platform'];
  outcome: DeliverResult['outcome'];
  /** Posted well after its slot. */
  late: boolean;
}

/** How one claimed delivery ended. `gaveUp`: no retry is planned for this slot. */
export type DeliverResult =
  | { outcome: 'posted'; messageRef: string; digest: Digest }
  | { outcome: 'skipped' }
  | { outcome: 'failed'; error: DeliveryError; gaveUp: boolean; nextAttemptAt?: Date };

/** What the channel was last sent, as buildDigest wants it. */
export async function lastDelivery(store: Store, subscriptionId: string): Promise<LastDelivery | undefined> {
  const last = await store.lastPosted(subscriptionId);
  return last ? { at: last.finishedAt ?? last.slot, hashes: last.hashes ?? {} } : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryError('timeout', `no answer from the platform within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Builds and posts the digest of a delivery this process has claimed, then records the outcome. A failed
 * scheduled post is given a retry time (backoff) or given up; giving up marks the subscription unhealthy.
 * A manual post (`digest now`) is never retried and leaves health alone: the person who asked sees the error.
 */
export async function deliver(deps: DeliverDeps, sub: Subscription, delivery: Delivery, now: Date): Promise<DeliverResult> {
  const { store, logger } = deps;
  const log = logger.child({ subscription: sub.id, platform: sub.platform, channel: sub.channelId, slot: delivery.slot.toISOString() });
  const digest = buildDigest(deps.core(), await lastDelivery(store, sub.id), now, { timeZone: sub.timeZone, lang: sub.language });
  if (digest.unchanged && sub.skipWhenUnchanged && !delivery.manual) {
    await store.finish(sub.id, delivery.slot, delivery.claimedBy, { status: 'skipped', hashes: digest.hashes }, now);
    log.info('digest: nothing changed, slot skipped');
    deps.observe?.({ platform: sub.platform, outcome: 'skipped', late: false });
    return { outcome: 'skipped' };
  }
  try {
    const poster = deps.posters.get(sub.platform);
    if (poster === undefined) throw new DeliveryError('unknown', `no ${sub.platform} poster: the ${sub.platform} adapter is not running`);
    const messageRef = await withTimeout(poster.post(sub.channelId, digest), deps.postTimeoutMs);
    await store.finish(sub.id, delivery.slot, delivery.claimedBy, { status: 'posted', messageRef, hashes: digest.hashes }, now);
    if (!delivery.manual && (sub.health !== 'ok' || sub.failures > 0)) {
      await store.setHealth(sub.id, { health: 'ok', failures: 0, at: now });
      log.info({ wasHealth: sub.health }, 'digest: posting works again');
    }
    log.info({ messageRef, late: delivery.late, attempts: delivery.attempts, manual: delivery.manual }, 'digest: posted');
    deps.observe?.({ platform: sub.platform, outcome: 'posted', late: delivery.late });
    return { outcome: 'posted', messageRef, digest };
  } catch (err) {
    const error = toDeliveryError(err);
    const reason = `${error.failure}: ${error.message}`;
    const retry = !delivery.manual && error.retryable && delivery.attempts < deps.retry.maxAttempts;
    const nextAttemptAt = retry ? new Date(now.getTime() + retryDelay(deps.retry, delivery.attempts, error.retryAfterMs)) : undefined;
    deps.observe?.({ platform: sub.platform, outcome: 'failed', late: false });
    await store.finish(sub.id, delivery.slot, delivery.claimedBy, { status: 'failed', error: reason, nextAttemptAt }, now);
    if (delivery.manual) return { outcome: 'failed', error, gaveUp: true };
    const failures = sub.failures + 1;
    await store.setHealth(sub.id, { health: retry ? sub.health : 'unhealthy', failures, lastError: reason, at: now });
    if (retry) log.warn({ failure: error.failure, attempts: delivery.attempts, nextAttemptAt }, 'digest: post failed, will retry');
    else log.error({ failure: error.failure, attempts: delivery.attempts, failures }, 'digest: post failed, slot given up; subscription unhealthy');
    return { outcome: 'failed', error, gaveUp: !retry, nextAttemptAt };
  }
}
