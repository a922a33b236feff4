import type { App, SlashCommand, webApi } from '@slack/bolt';
import { replyLang, type Reply } from '../../../core/reply.js';
import { renderReply } from '../render-reply.js';
import { postToResponseUrl } from '../respond.js';
import { runText } from '../run-command.js';
import { stripMarkup } from '../strip-markup.js';
import { afterAck, busyAt, deliver, type ListenerDeps } from './deps.js';

/** The slash command's name, as in commands/slack-manifest.yaml. */
export const SLASH_COMMAND = '/brief';

/** Only answered briefings can be shared; re-running a command on click must be harmless, and briefings are. */
export function isShareable(reply: Reply): boolean {
  return reply.kind === 'briefing' && reply.briefing.answered && reply.ephemeral !== false;
}

/** DM channel ids start with D; Slack also names them "directmessage". */
export function isDirectChannel(channelId: string, channelName?: string): boolean {
  return channelId.startsWith('D') || channelName === 'directmessage';
}

/** Resolves the caller, runs the command and posts the answer to the command's `response_url`. */
async function answer(command: SlashCommand, text: string, client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  const who = {
    userId: command.user_id,
    userName: command.user_name,
    channelId: command.channel_id,
    isDirect: isDirectChannel(command.channel_id, command.channel_name),
  };
  const { reply, command: name } = await runText(text, await deps.resolveCaller(who, client), deps);
  deps.logger.info({ command: name, user: who.userId, channel: who.channelId, kind: reply.kind }, 'slack /brief');
  const isPublic = reply.ephemeral === false;
  const message = renderReply(reply, { vote: true, ...(isShareable(reply) ? { shareValue: text } : {}) });
  const post = (type: 'in_channel' | 'ephemeral') => (m: object) =>
    postToResponseUrl(command.response_url, { response_type: type, ...m }, deps.respondPolicy);
  const send = post(isPublic ? 'in_channel' : 'ephemeral');
  await deliver({ send, apologise: post('ephemeral'), message, logger: deps.logger, what: '/brief answer', lang: replyLang(reply) });
}

/**
 * `/brief <text>`: acknowledged before anything else (the receiver has already answered Slack's POST), then
 * answered through `response_url` from the work queue, ephemerally with a "Share in channel" button unless the
 * command asked for a public reply (`ephemeral: false`). When the queue is full the user is told to try again.
 */
export function registerSlashCommand(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, command, client }) => {
    await ack();
    const text = stripMarkup(command.text ?? '');
    await afterAck(deps, '/brief', () => answer(command, text, client, deps), { send: busyAt(command.response_url, deps), text });
  });
}
