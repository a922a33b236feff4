import { DeliveryError } from './contracts.js';

/** How a scheduled slot is retried after a failed post. */
export interface RetryPolicy {
  /** Posting attempts per slot, the first included; after the last the slot is given up. */
  maxAttempts: number;
  /** Wait before the second attempt; doubles with each further attempt. */
  baseDelayMs: number;
  /** Longest computed wait (a platform's Retry-After is honoured even when longer). */
  maxDelayMs: number;
}

/** Four attempts: at the slot, then after 1, 2 and 4 minutes. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 60_000, maxDelayMs: 30 * 60_000 };

/**
 * How long to wait after failed attempt number `attempt` (1-based): exponential backoff, never sooner than the
 * platform asked. Deterministic (no jitter): slots of different channels are already spread by their schedules.
 * @example retryDelay(DEFAULT_RETRY, 2) === 120_000
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs = 0): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(backoff, retryAfterMs);
}

/** Any failure as a DeliveryError; what a poster threw unexpectedly counts as 'unknown' (retryable). */
export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  return new DeliveryError('unknown', err instanceof Error ? err.message : String(err));
}
