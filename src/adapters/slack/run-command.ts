import type { Logger } from 'pino';
import type { Command, Services } from '../../../commands/command.js';
import type { Caller, Reply } from '../../core/reply.js';
import { parseText } from './parse-text.js';

/** What every command run needs besides the text and the caller. */
export interface RunDeps {
  commands: readonly Command[];
  services: Services;
  logger: Logger;
  now: () => Date;
}

/** The short, kind message a user sees when a command fails; details go to the log. */
export const FAILURE_TEXT = 'Sorry, something went wrong while answering that. Please try again in a minute.';

/** A reply plus the name of the command that gave it (for logs and the share button). */
export interface RunResult {
  reply: Reply;
  command?: string;
}

/**
 * Reads `text` as a `/brief` line, runs the command it names, and turns every failure into a notice:
 * unreadable text gets the usage, a throwing command gets `FAILURE_TEXT` and an error log line.
 */
export async function runText(text: string, caller: Caller, deps: RunDeps): Promise<RunResult> {
  const parsed = parseText(text, deps.commands);
  if (!parsed.ok) return { reply: { kind: 'notice', text: parsed.problem, ephemeral: true } };
  const { command, options } = parsed;
  try {
    const reply = await command.run({ options, caller, services: deps.services, now: deps.now, commands: deps.commands });
    return { reply, command: command.name };
  } catch (err) {
    deps.logger.error({ err, command: command.name, user: caller.userId, channel: caller.channelId }, 'slack command failed');
    return { reply: { kind: 'notice', text: FAILURE_TEXT, ephemeral: true, error: true }, command: command.name };
  }
}
