import { webApi } from '@slack/bolt';
import { DeliveryError, type ChannelPoster, type DeliveryFailure } from '../../digest/contracts.js';
import { renderDigest } from './render-reply.js';

const GONE = new Set(['channel_not_found', 'is_archived', 'channel_is_archived']);
const FORBIDDEN = new Set([
  'not_in_channel',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'missing_scope',
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'team_access_not_granted',
  'no_permission',
]);
const SERVER = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

function platformFailure(code: string): DeliveryFailure {
  if (GONE.has(code)) return 'channel_gone';
  if (FORBIDDEN.has(code)) return 'forbidden';
  if (SERVER.has(code)) return 'server_error';
  if (code === 'ratelimited') return 'rate_limited';
  return 'unknown';
}

function isTimeout(err: Error): boolean {
  return err.name === 'TimeoutError' || err.name === 'AbortError' || /timed? ?out/i.test(err.message);
}

/**
 * Turns a Web API client error into the DeliveryError the digest scheduler understands.
 * @example toDeliveryError(new webApi.WebAPIRateLimitedError(30)) // DeliveryError('rate_limited', ..., 30000)
 */
export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('rate_limited', `Slack rate limit; retry after ${err.retryAfter}s`, err.retryAfter * 1000);
  }
  if (err instanceof webApi.WebAPIPlatformError) {
    return new DeliveryError(platformFailure(err.data.error), `Slack refused the post: ${err.data.error}`);
  }
  if (err instanceof webApi.WebAPIHTTPError) {
    const failure = err.statusCode >= 500 ? 'server_error' : 'unknown';
    return new DeliveryError(failure, `Slack answered HTTP ${err.statusCode}`);
  }
  if (err instanceof webApi.WebAPIRequestError) {
    const failure = isTimeout(err.original) ? 'timeout' : 'unknown';
    return new DeliveryError(failure, `Slack request failed: ${err.original.message}`);
  }
  return new DeliveryError('unknown', err instanceof Error ? err.message : String(err));
}

/**
 * Posts scheduled digests with `chat.postMessage`. The client should be built with
 * `rejectRateLimitedCalls: true` and no retries: the scheduler owns retrying, so a 429 must reach it.
 * Resolves to the message `ts`.
 */
export function createSlackPoster(client: webApi.WebClient): ChannelPoster {
  return {
    platform: 'slack',
    async post(channelId, digest) {
      const message = renderDigest(digest);
      try {
        const res = await client.chat.postMessage({ channel: channelId, text: message.text, blocks: message.blocks });
        return res.ts ?? '';
      } catch (err) {
        throw toDeliveryError(err);
      }
    },
  };
}
