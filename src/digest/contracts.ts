/**
 * What the rest of the bot asks of digests, as types only: the `DigestService` the `digest` command calls, and
 * the `ChannelPoster` each platform adapter provides, with its `DeliveryError`. The store-backed implementation
 * of the service is in store-service.ts.
 */
import type { Lang } from '../core/lang.js';
import type { Caller, Reply } from '../core/reply.js';
import type { Digest } from '../core/types.js';

/**
 * Digest subscriptions for a channel, as the `digest` command uses them. Implemented over the store and
 * the scheduler; every method answers with a Reply ready to render, in `lang` (the caller's; English by default).
 */
export interface DigestService {
  subscribe(caller: Caller, schedule: string, timeZone?: string, options?: SubscribeOptions, lang?: Lang): Promise<Reply>;
  unsubscribe(caller: Caller, lang?: Lang): Promise<Reply>;
  list(caller: Caller, lang?: Lang): Promise<Reply>;
  now(caller: Caller, lang?: Lang): Promise<Reply>;
  /** The channel's next digest, in the channel's digest language (the caller's when it has none). */
  preview(caller: Caller, lang?: Lang): Promise<Reply>;
}

/** Subscription settings beyond schedule and time zone. */
export interface SubscribeOptions {
  /** Skip a slot when nothing changed, instead of posting a one-line "No changes" digest. */
  skipWhenUnchanged?: boolean;
  /** The language the channel's digests are written in; English by default. */
  language?: Lang;
}

/** Why a post failed, as an adapter reports it; the scheduler decides to retry or give up. */
export type DeliveryFailure = 'rate_limited' | 'server_error' | 'timeout' | 'channel_gone' | 'forbidden' | 'unknown';

/** Thrown by a ChannelPoster. `retryAfterMs` comes from the platform's 429 when it gave one. */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }

  /** Rate limits, server errors and timeouts are worth retrying; a missing channel or permission is not. */
  get retryable(): boolean {
    return this.failure === 'rate_limited' || this.failure === 'server_error' || this.failure === 'timeout' || this.failure === 'unknown';
  }
}

/** Posts a digest to one channel of one platform; each adapter provides one. Returns a message reference. */
export interface ChannelPoster {
  platform: 'slack' | 'discord' | 'console';
  post(channelId: string, digest: Digest): Promise<string>;
}
