/**
 * Who asked and what they get back: the values every command answers with and every adapter renders. They sit
 * here, under commands/ and src/digest/, so both can use them without importing each other.
 */
import type { Lang } from './lang.js';
import type { Briefing, Digest } from './types.js';

/**
 * Who asked, and where. Adapters fill this in from the platform payload.
 * @example { platform: 'slack', userId: 'U123', userName: 'alice', channelId: 'C456', canManageChannel: false }
 */
export interface Caller {
  platform: 'slack' | 'discord' | 'console';
  userId: string;
  userName?: string;
  /** Channel (Slack channel id, Discord channel id, 'console'). */
  channelId: string;
  /** Whether the caller may manage the channel's digests (Discord Manage Channels, Slack admin/allow-list). */
  canManageChannel: boolean;
  /** The language of the caller's platform locale, when the bot answers in it (Discord interaction, Slack user). */
  locale?: Lang;
}

/**
 * What a command answers; adapters render it. `ephemeral` asks for an answer only the caller sees. A notice's
 * `lang` (absent: English) is the language of its text, as a briefing's or digest's own `lang` is of theirs.
 * @example { kind: 'notice', text: 'Digest posted.', ephemeral: true }
 */
export type Reply =
  | { kind: 'briefing'; briefing: Briefing; ephemeral?: boolean }
  | { kind: 'digest'; digest: Digest; ephemeral?: boolean }
  | { kind: 'notice'; text: string; ephemeral?: boolean; error?: boolean; lang?: Lang };

/**
 * A notice in a language; an English notice carries no `lang`, like English briefings.
 * @example notice('Буду отвечать вам по-русски.', 'ru', { ephemeral: true })
 */
export function notice(text: string, lang: Lang = 'en', extra: { ephemeral?: boolean; error?: boolean } = {}): Reply {
  return { kind: 'notice', text, ...extra, ...(lang === 'en' ? {} : { lang }) };
}

/**
 * The language a reply is written in, for the labels an adapter adds around it.
 * @example replyLang({ kind: 'briefing', briefing: engine.brief('Сколько погибших?') }) === 'ru'
 */
export function replyLang(reply: Reply): Lang {
  const lang = reply.kind === 'briefing' ? reply.briefing.lang : reply.kind === 'digest' ? reply.digest.lang : reply.lang;
  return lang ?? 'en';
}
