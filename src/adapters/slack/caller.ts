import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Caller } from '../../core/reply.js';

/** Who is asking, as a Slack payload names them. */
export interface SlackWho {
  userId: string;
  userName?: string;
  channelId: string;
  /** A direct message with the bot: the user manages their own DM's digests. */
  isDirect: boolean;
}

/** Builds a Caller from a payload, answering `canManageChannel` from Slack's own data. */
export type CallerResolver = (who: SlackWho, client: webApi.WebClient) => Promise<Caller>;

const ADMIN_TTL_MS = 10 * 60_000;

/**
 * May manage a channel's digests: in a DM, anyone on the allow-list (`SLACK_DIGEST_ADMINS`), and workspace
 * admins and owners (`users.info`, cached ten minutes; a failed lookup counts as "no" and is logged).
 */
export function createCallerResolver(digestAdmins: readonly string[], logger: Logger, now: () => Date): CallerResolver {
  const cache = new Map<string, { admin: boolean; until: number }>();

  async function isWorkspaceAdmin(userId: string, client: webApi.WebClient): Promise<boolean> {
    const hit = cache.get(userId);
    if (hit !== undefined && hit.until > now().getTime()) return hit.admin;
    try {
      const res = await client.users.info({ user: userId });
      const admin = res.user?.is_admin === true || res.user?.is_owner === true;
      cache.set(userId, { admin, until: now().getTime() + ADMIN_TTL_MS });
      return admin;
    } catch (err) {
      logger.warn({ err, user: userId }, 'slack users.info failed; treating user as not an admin');
      return false;
    }
  }

  return async (who, client) => {
    const canManageChannel =
      who.isDirect || digestAdmins.includes(who.userId) || (await isWorkspaceAdmin(who.userId, client));
    return {
      platform: 'slack',
      userId: who.userId,
      userName: who.userName,
      channelId: who.channelId,
      canManageChannel,
    };
  };
}
