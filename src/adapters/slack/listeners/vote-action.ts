import type { App, BlockButtonAction, webApi } from '@slack/bolt';
import { answerRef } from '../../../store/feedback.js';
import { decodeText } from '../escape.js';
import { renderReply, VOTE_ACTION_IDS } from '../render-reply.js';
import { postToResponseUrl } from '../respond.js';
import { voteReply } from '../../../../commands/feedback.js';
import { replyLanguage } from '../../../../commands/reply-language.js';
import { afterAck, busyAt, deliver, type ListenerDeps } from './deps.js';
import { isDirectChannel } from './slash-command.js';

/** The question and fact ids a vote button carries, or undefined for a value this version did not write. */
function parseValue(value: string): { question: string; factIds: string[] } | undefined {
  try {
    const parsed: unknown = JSON.parse(decodeText(value));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || !Array.isArray(parsed[1])) return undefined;
    const factIds = parsed[1].filter((id): id is string => typeof id === 'string');
    return { question: parsed[0], factIds };
  } catch {
    return undefined;
  }
}

/** Stores one vote and acknowledges it to the voter alone. */
async function recordVote(vote: 'up' | 'down', body: BlockButtonAction, action: BlockButtonAction['actions'][number], client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  const channelId = body.channel?.id ?? body.container.channel_id ?? '';
  const who = { userId: body.user.id, userName: body.user.name ?? body.user.username, channelId, isDirect: isDirectChannel(channelId) };
  const caller = await deps.resolveCaller(who, client);
  const answer = parseValue(action.value ?? '');
  const question = answer?.question ?? '';
  const lang = await replyLanguage({ caller, services: deps.services }, question);
  const ref = answer && answerRef(answer.question, answer.factIds);
  const reply = await voteReply(deps.services, caller, ref, vote, lang);
  const privately = (msg: object) => postToResponseUrl(body.response_url, { response_type: 'ephemeral', replace_original: false, ...msg }, deps.respondPolicy);
  await deliver({ send: privately, message: renderReply(reply), logger: deps.logger, what: 'vote', lang });
  deps.logger.info({ channel: channelId, vote }, 'slack vote');
}

/**
 * 👍 / 👎 on an answered briefing: the vote is stored (user id hashed) and acknowledged to the voter alone
 * through the `response_url` (ephemeral, the original left as it is), from the work queue after the ack.
 * Nothing is posted to the channel.
 */
export function registerVoteAction(app: App, deps: ListenerDeps): void {
  for (const vote of ['up', 'down'] as const) {
    app.action<BlockButtonAction>(VOTE_ACTION_IDS[vote], async ({ ack, body, action, client }) => {
      await ack();
      await afterAck(deps, 'vote', () => recordVote(vote, body, action, client, deps), { send: busyAt(body.response_url, deps) });
    });
  }
}
