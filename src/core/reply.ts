/**
 * Who asked and what they get back: the values every command answers with and every adapter renders. They sit
 * here, under commands/ and src/digest/, so both can use them without importing each other.
 */
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
}

/**
 * What a command answers; adapters render it. `ephemeral` asks for an answer only the caller sees.
 * @example { kind: 'notice', text: 'Digest posted.', ephemeral: true }
 */
export type Reply =
  | { kind: 'briefing'; briefing: Briefing; ephemeral?: boolean }
  | { kind: 'digest'; digest: Digest; ephemeral?: boolean }
  | { kind: 'notice'; text: string; ephemeral?: boolean; error?: boolean };
