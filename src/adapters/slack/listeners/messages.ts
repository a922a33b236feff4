import type { App, webApi } from '@slack/bolt';
import { replyLang } from '../../../core/reply.js';
import { renderReply } from '../render-reply.js';
import { runText } from '../run-command.js';
import { stripMarkup } from '../strip-markup.js';
import { afterAck, deliver, type ListenerDeps } from './deps.js';

/** A message addressed to the bot, whichever event brought it. */
interface Incoming {
  eventId: string | undefined;
  retryNum: number | undefined;
  channel: string;
  user: string;
  text: string;
  ts: string;
  /** Where to answer; undefined answers at the top level (a DM outside a thread). */
  threadTs: string | undefined;
  isDirect: boolean;
}

/** Where a message is answered: in the open, or to the asker alone. */
function routes(msg: Incoming, client: webApi.WebClient) {
  const where = { channel: msg.channel, thread_ts: msg.threadTs };
  const publicly = (m: { text: string; blocks: object[] }) => client.chat.postMessage({ ...where, ...m });
  const privately = (m: { text: string; blocks: object[] }) => client.chat.postEphemeral({ ...where, user: msg.user, ...m });
  return { publicly, privately };
}

/**
 * Skips a delivery already seen (Slack retry, same `event_id`, a DM that also came as a mention), before
 * anything is queued, so a retry that arrives while the first delivery waits in the queue is not answered twice.
 */
async function receive(msg: Incoming, client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  const keys = [`msg:${msg.channel}:${msg.ts}`, ...(msg.eventId === undefined ? [] : [`event:${msg.eventId}`])];
  if (!(await deps.seen.first(...keys))) {
    deps.logger.info({ eventId: msg.eventId, retryNum: msg.retryNum, channel: msg.channel }, 'slack duplicate delivery ignored');
    return;
  }
  const { publicly, privately } = routes(msg, client);
  await afterAck(deps, 'message', () => answer(msg, client, deps), { send: msg.isDirect ? publicly : privately, text: stripMarkup(msg.text) });
}

async function answer(msg: Incoming, client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  // The bot's own mention goes with every other piece of markup.
  const text = stripMarkup(msg.text);
  const who = { userId: msg.user, channelId: msg.channel, isDirect: msg.isDirect };
  const { reply, command } = await runText(text, await deps.resolveCaller(who, client), deps);
  deps.logger.info({ command, user: msg.user, channel: msg.channel, kind: reply.kind }, 'slack message answered');
  const { publicly, privately } = routes(msg, client);
  // Briefings and digests were asked for in the open, so they are answered in the open; only notices
  // (usage, refusals, failures) that ask to be ephemeral go to the asker alone.
  const quiet = reply.kind === 'notice' && reply.ephemeral === true && !msg.isDirect;
  const apologise = msg.isDirect ? publicly : privately;
  await deliver({ send: quiet ? privately : publicly, apologise, message: renderReply(reply, { vote: true }), logger: deps.logger, what: 'reply', lang: replyLang(reply) });
}

/**
 * Mentions are answered in their thread (`thread_ts ?? ts`); direct messages in the DM (in the thread if the
 * DM message was in one). A delivery already answered (Slack retry, same `event_id`, or a DM that also came
 * as a mention) is skipped.
 */
export function registerMessages(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (event.user === undefined || event.bot_id !== undefined) return;
    await receive(
      {
        eventId: body.event_id,
        retryNum: context.retryNum,
        channel: event.channel,
        user: event.user,
        text: event.text,
        ts: event.ts,
        threadTs: event.thread_ts ?? event.ts,
        isDirect: event.channel.startsWith('D'),
      },
      client,
      deps,
    );
  });

  app.event('message', async ({ event, body, context, client }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return;
    await receive(
      {
        eventId: body.event_id,
        retryNum: context.retryNum,
        channel: event.channel,
        user: event.user,
        text: event.text ?? '',
        ts: event.ts,
        threadTs: event.thread_ts,
        isDirect: true,
      },
      client,
      deps,
    );
  });
}
