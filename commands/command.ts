import type { Briefing, Digest } from '../src/core/types.js';
import type { Engine } from '../src/core/engine.js';
import type { DigestService } from '../src/digest/service.js';

/** Who asked, and where. Adapters fill this in from the platform payload. */
export interface Caller {
  platform: 'slack' | 'discord' | 'console';
  userId: string;
  userName?: string;
  /** Channel (Slack channel id, Discord channel id, 'console'). */
  channelId: string;
  /** Whether the caller may manage the channel's digests (Discord Manage Channels, Slack admin/allow-list). */
  canManageChannel: boolean;
}

/** What a command gets: parsed options, the raw text, the caller and the services. */
export interface CommandContext {
  /** Options by name, as strings (booleans as 'true'/'false'). */
  options: Readonly<Record<string, string | undefined>>;
  caller: Caller;
  services: Services;
  now: () => Date;
}

/** Services commands may use. The core engine always exists; digests exist once a store is configured. */
export interface Services {
  engine: Engine;
  digests?: DigestService;
}

/** What a command answers; adapters render it. */
export type Reply =
  | { kind: 'briefing'; briefing: Briefing; ephemeral?: boolean }
  | { kind: 'digest'; digest: Digest; ephemeral?: boolean }
  | { kind: 'notice'; text: string; ephemeral?: boolean; error?: boolean };

/** One option of a command. For text adapters (Slack, console) options are read in order, the last takes the rest. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  maxLength?: number;
  choices?: readonly string[];
}

/**
 * One chat command, shared by every adapter.
 * @example export default { name: 'about', description: 'What the bot covers', options: [], run: (ctx) => ... } satisfies Command;
 */
export interface Command {
  name: string;
  description: string;
  options: readonly CommandOption[];
  run(ctx: CommandContext): Reply | Promise<Reply>;
}
