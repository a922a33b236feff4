import type { App, BlockButtonAction, webApi } from '@slack/bolt';
import { messages } from '../../../core/messages/index.js';
import { notice, replyLang } from '../../../core/reply.js';
import { decodeText } from '../escape.js';
import { renderReply, SHARE_ACTION_ID } from '../render-reply.js';
import { postToResponseUrl } from '../respond.js';
import { runText } from '../run-command.js';
import { afterAck, busyAt, deliver, type ListenerDeps } from './deps.js';
import { isDirectChannel, isShareable } from './slash-command.js';

/** Builds the briefing again and posts it publicly through the button's `response_url`. */
async function share(body: BlockButtonAction, action: BlockButtonAction['actions'][number], client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  const channelId = body.channel?.id ?? body.container.channel_id ?? '';
  const who = {
    userId: body.user.id,
    userName: body.user.name ?? body.user.username,
    channelId,
    isDirect: isDirectChannel(channelId),
  };
  const { reply } = await runText(decodeText(action.value ?? ''), await deps.resolveCaller(who, client), deps);
  const url = body.response_url;
  const post = (m: object) => postToResponseUrl(url, m, deps.respondPolicy);
  const privately = (m: object) => post({ response_type: 'ephemeral', replace_original: false, ...m });
  const logger = deps.logger;
  const lang = replyLang(reply);
  if (!isShareable(reply)) {
    const refusal = reply.kind === 'notice' ? reply : notice(messages(lang).ui.cannotShare, lang);
    await deliver({ send: privately, message: renderReply(refusal), logger, what: 'share', lang });
    return;
  }
  const shared = await deliver({
    lang,
    send: (m) => post({ response_type: 'in_channel', replace_original: false, ...m }),
    apologise: privately,
    message: renderReply(reply, { sharedBy: who.userName ?? 'someone' }),
    logger,
    what: 'share',
  });
  deps.logger.info({ user: who.userId, channel: channelId, shared }, 'slack share');
  if (shared) await post({ delete_original: true }).catch((err) => logger.warn({ err }, 'slack share: could not remove the ephemeral original'));
}

/**
 * "Share in channel": the button carries the `/brief` text (escaped, like all text we send); the briefing is built again (briefings are a
 * pure function of the question and the fact core) and posted publicly through the same `response_url`,
 * saying who shared it by name, never by mention. The ephemeral original is then removed.
 */
export function registerShareAction(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    await afterAck(deps, 'share', () => share(body, action, client, deps), { send: busyAt(body.response_url, deps), text: decodeText(action.value ?? '') });
  });
}
