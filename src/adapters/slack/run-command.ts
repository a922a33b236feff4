import type { Logger } from 'pino';
import type { Command, Services } from '../../../commands/command.js';
import { proseOf, replyLanguage } from '../../../commands/reply-language.js';
import { messages } from '../../core/messages/index.js';
import { notice, type Caller, type Reply } from '../../core/reply.js';
import { parseText } from './parse-text.js';

/** What every command run needs besides the text and the caller. */
export interface RunDeps {
  commands: readonly Command[];
  services: Services;
  logger: Logger;
  now: () => Date;
}

/** A reply plus the name of the command that gave it (for logs and the share button). */
export interface RunResult {
  reply: Reply;
  command?: string;
}

/**
 * Reads `text` as a `/brief` line, runs the command it names, and turns every failure into a notice in the
 * caller's language: unreadable text gets the usage, a throwing command gets the failure text and an error log line.
 */
export async function runText(text: string, caller: Caller, deps: RunDeps): Promise<RunResult> {
  const lang = () => replyLanguage({ caller, services: deps.services }, proseOf(text, deps.commands));
  const parsed = parseText(text, deps.commands);
  if (!parsed.ok) {
    // Rare, so worth a look-up of the caller's language to say what went wrong in it (parsing is pure: it fails again).
    const l = await lang();
    const again = parseText(text, deps.commands, messages(l));
    return { reply: notice(again.ok ? parsed.problem : again.problem, l, { ephemeral: true }) };
  }
  const { command, options } = parsed;
  try {
    const reply = await command.run({ options, caller, services: deps.services, now: deps.now, commands: deps.commands });
    return { reply, command: command.name };
  } catch (err) {
    deps.logger.error({ err, command: command.name, user: caller.userId, channel: caller.channelId }, 'slack command failed');
    const l = await lang();
    return { reply: notice(messages(l).ui.slackFailure, l, { ephemeral: true, error: true }), command: command.name };
  }
}
