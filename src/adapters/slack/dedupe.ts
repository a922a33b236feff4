import type { Logger } from 'pino';

/**
 * Remembers which deliveries were already handled, so Slack's retries (`X-Slack-Retry-Num`, a repeated
 * `event_id`, or the same message arriving as both `app_mention` and `message`) get no second answer.
 * `createDeduper` remembers in memory (one process); `createStoreDeduper` claims each delivery in the shared
 * store, so a retry landing on another replica is not answered twice either.
 */
export interface Deduper {
  /** True the first time any of `keys` is seen within the TTL; marks all of them as seen. */
  first(...keys: readonly string[]): boolean | Promise<boolean>;
}

/** Slack's retry window is about an hour at most; keys are kept for two. */
const DEFAULT_TTL_MS = 2 * 60 * 60_000;

/**
 * In memory, bounded, with a time-to-live longer than Slack's retry window.
 * @example const seen = createDeduper({ now: () => new Date() }); seen.first('Ev1'); // true, then false
 */
export function createDeduper(opts: { now: () => Date; ttlMs?: number; max?: number }): Deduper & { first(...keys: readonly string[]): boolean } {
  const ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
  const max = opts.max ?? 10_000;
  const seen = new Map<string, number>();

  function prune(at: number): void {
    for (const [key, until] of seen) {
      if (until > at && seen.size <= max) break;
      seen.delete(key);
    }
  }

  return {
    first(...keys) {
      const at = opts.now().getTime();
      prune(at);
      const repeat = keys.some((k) => (seen.get(k) ?? 0) > at);
      for (const k of keys) {
        seen.delete(k);
        seen.set(k, at + ttlMs);
      }
      return !repeat;
    },
  };
}

/** What the store offers for claiming deliveries (the Store has these). */
export interface EventClaims {
  claimEvents(claim: { keys: readonly string[]; owner: string; at: Date; expiresAt: Date }): Promise<boolean>;
  pruneEventClaims(before: Date): Promise<number>;
}

/**
 * Claims each delivery in the shared store (a unique row per key with an expiry), after a quick look in memory
 * for this process's own retries. Expired claims are pruned at most every `pruneEveryMs`. If the store fails,
 * the delivery is answered: a rare double answer beats a lost one.
 * @example const seen = createStoreDeduper({ claims: store, owner: 'host:123', now: () => new Date(), logger });
 */
export function createStoreDeduper(opts: { claims: EventClaims; owner: string; now: () => Date; logger: Logger; ttlMs?: number; pruneEveryMs?: number }): Deduper {
  const ttlMs = opts.ttlMs ?? DEFAULT_TTL_MS;
  const pruneEveryMs = opts.pruneEveryMs ?? 10 * 60_000;
  const local = createDeduper({ now: opts.now, ttlMs });
  let prunedAt = -Infinity;
  return {
    async first(...keys) {
      if (!local.first(...keys)) return false;
      const at = opts.now();
      if (at.getTime() - prunedAt >= pruneEveryMs) {
        prunedAt = at.getTime();
        opts.claims.pruneEventClaims(at).catch((err: unknown) => opts.logger.warn({ err }, 'slack: could not prune old event claims'));
      }
      try {
        return await opts.claims.claimEvents({ keys, owner: opts.owner, at, expiresAt: new Date(at.getTime() + ttlMs) });
      } catch (err) {
        opts.logger.warn({ err }, 'slack: could not claim the event in the store; answering it (another replica may too)');
        return true;
      }
    },
  };
}
