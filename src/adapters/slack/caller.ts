import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { localeLang } from '../../core/lang.js';
import type { Caller } from '../../core/reply.js';

/** Who is asking, as a Slack payload names them. */
export interface SlackWho {
  userId: string;
  userName?: string;
  channelId: string;
  /** A direct message with the bot: the user manages their own DM's digests. */
  isDirect: boolean;
}

/** Builds a Caller from a payload, answering `canManageChannel` and `locale` from Slack's own data. */
export type CallerResolver = (who: SlackWho, client: webApi.WebClient) => Promise<Caller>;

/** What `users.info` says of a user that the bot uses. */
interface UserFacts {
  admin: boolean;
  /** The user's Slack locale ("ru-RU"), when they set one. */
  locale?: string;
}

const USER_TTL_MS = 10 * 60_000;
/** Users remembered at once; the oldest is forgotten first. */
const USER_CACHE_MAX = 5_000;

/**
 * Resolves callers with one `users.info` call (`include_locale: true`) per user, cached ten minutes and bounded.
 * May manage a channel's digests: in a DM, anyone on the allow-list (`SLACK_DIGEST_ADMINS`), and workspace admins
 * and owners. `locale` is the user's Slack language when the bot answers in it. A failed lookup counts as "not an
 * admin, no locale", is logged and is not cached.
 */
export function createCallerResolver(digestAdmins: readonly string[], logger: Logger, now: () => Date): CallerResolver {
  const cache = new Map<string, UserFacts & { until: number }>();

  async function userFacts(userId: string, client: webApi.WebClient): Promise<UserFacts> {
    const hit = cache.get(userId);
    if (hit !== undefined && hit.until > now().getTime()) return hit;
    try {
      const res = await client.users.info({ user: userId, include_locale: true });
      const facts = { admin: res.user?.is_admin === true || res.user?.is_owner === true, locale: res.user?.locale };
      cache.delete(userId);
      if (cache.size >= USER_CACHE_MAX) cache.delete(cache.keys().next().value as string);
      cache.set(userId, { ...facts, until: now().getTime() + USER_TTL_MS });
      return facts;
    } catch (err) {
      logger.warn({ err, user: userId }, 'slack users.info failed; treating user as not an admin, with no locale');
      return { admin: false };
    }
  }

  return async (who, client) => {
    const user = await userFacts(who.userId, client);
    const caller: Caller = {
      platform: 'slack',
      userId: who.userId,
      userName: who.userName,
      channelId: who.channelId,
      canManageChannel: who.isDirect || digestAdmins.includes(who.userId) || user.admin,
    };
    const locale = localeLang(user.locale);
    if (locale !== undefined) caller.locale = locale;
    return caller;
  };
}
