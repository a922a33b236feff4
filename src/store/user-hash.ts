import { createHmac } from 'node:crypto';
import type { Platform } from './store.js';

/**
 * The only form in which a user id reaches the store with a vote or an abstention: HMAC-SHA-256 of the platform
 * and id under the configured salt (FEEDBACK_SALT). The same person gets the same hash while the salt stays, so
 * a second vote replaces the first; without the salt the id cannot be recovered or checked.
 * @example hashUser('0123456789abcdef', 'slack', 'U123') // '5e0c…' (64 hex characters)
 */
export function hashUser(salt: string, platform: Platform, userId: string): string {
  return createHmac('sha256', salt).update(`${platform}:${userId}`).digest('hex');
}
