import type { Engine } from '../src/core/engine.js';
import type { Caller, Reply } from '../src/core/reply.js';
import type { DigestService } from '../src/digest/contracts.js';
import type { AnswerRef, FeedbackLog } from '../src/store/feedback.js';
import type { LanguagePreferences } from '../src/store/language-preferences.js';

/** What a command gets: parsed options, the caller, the services and the commands on offer. */
export interface CommandContext {
  /** Options by name, as strings (booleans as 'true'/'false'). */
  options: Readonly<Record<string, string | undefined>>;
  caller: Caller;
  services: Services;
  now: () => Date;
  /** Every command the adapter offers (what `help` lists). */
  commands: readonly Command[];
  /** The last answer this caller got, where the adapter keeps one (the console): what `feedback` votes on. */
  lastAnswer?: AnswerRef;
}

/** Services commands may use. The core engine always exists; digests and language preferences need the store. */
export interface Services {
  engine: Engine;
  digests?: DigestService;
  languages?: LanguagePreferences;
  /** Votes and unanswered questions; absent without a store or without FEEDBACK_SALT. */
  feedback?: FeedbackLog;
}

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
  /**
   * For those who may manage the channel only (the command checks `caller.canManageChannel` itself); Discord then
   * lists it only to members with Manage Channels (`default_member_permissions`), which server admins may change.
   */
  managersOnly?: boolean;
  run(ctx: CommandContext): Reply | Promise<Reply>;
}
