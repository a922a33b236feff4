import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { DeliveryError, type DeliveryFailure } from '../../digest/contracts.js';

/** Discord error codes after which a follow-up note in the same place cannot succeed either. */
const HOPELESS_CODES = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.InvalidWebhookToken,
]);

/**
 * Classifies a failed Discord call: rate limit (with the wait Discord asked for), server error, timeout, a channel
 * that no longer exists (10003), or a missing permission (50001, 50013).
 * @example failureOf(new RateLimitError({ retryAfter: 1050, ... })) // { failure: 'rate_limited', retryAfterMs: 1050 }
 */
export function failureOf(error: unknown): { failure: DeliveryFailure; retryAfterMs?: number } {
  if (error instanceof RateLimitError) return { failure: 'rate_limited', retryAfterMs: error.retryAfter };
  if (error instanceof DiscordAPIError) {
    if (error.code === RESTJSONErrorCodes.UnknownChannel) return { failure: 'channel_gone' };
    if (error.code === RESTJSONErrorCodes.MissingAccess || error.code === RESTJSONErrorCodes.MissingPermissions) {
      return { failure: 'forbidden' };
    }
    if (error.status === 429) return { failure: 'rate_limited' };
    if (error.status >= 500) return { failure: 'server_error' };
    return { failure: 'unknown' };
  }
  if (error instanceof HTTPError) return { failure: error.status >= 500 ? 'server_error' : 'unknown' };
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return { failure: 'timeout' };
  }
  return { failure: 'unknown' };
}

/** The same classification as a DeliveryError for the digest scheduler. */
export function toDeliveryError(error: unknown): DeliveryError {
  const { failure, retryAfterMs } = failureOf(error);
  const message = error instanceof Error ? error.message || error.name : String(error);
  return new DeliveryError(failure, `Discord: ${message}`, retryAfterMs);
}

/** Whether a short note to the user is worth trying after `error` (not when the channel or token is gone). */
export function noteMayHelp(error: unknown): boolean {
  return !(error instanceof DiscordAPIError && typeof error.code === 'number' && HOPELESS_CODES.has(error.code));
}

/** Fields for a log line about a failed Discord call. */
export function logFields(error: unknown): Record<string, unknown> {
  const base = { ...failureOf(error), err: error };
  if (error instanceof DiscordAPIError) return { ...base, code: error.code, status: error.status, url: error.url };
  return base;
}
