/**
 * Remembers which deliveries were already handled, so Slack's retries (`X-Slack-Retry-Num`, a repeated
 * `event_id`, or the same message arriving as both `app_mention` and `message`) get no second answer.
 * In memory, bounded, with a time-to-live longer than Slack's retry window (about an hour at most).
 */
export interface Deduper {
  /** True the first time any of `keys` is seen within the TTL; marks all of them as seen. */
  first(...keys: readonly string[]): boolean;
}

/**
 * @example const seen = createDeduper({ now: () => new Date() }); seen.first('Ev1'); // true, then false
 */
export function createDeduper(opts: { now: () => Date; ttlMs?: number; max?: number }): Deduper {
  const ttlMs = opts.ttlMs ?? 2 * 60 * 60_000;
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
