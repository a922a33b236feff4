import { FAKE_BOT } from '../../../fakes/slack-web-api.js';

/** The asker in every payload. */
export const ALICE = { id: 'U0ALICE', name: 'alice' } as const;
export const CHANNEL = 'C0GENERAL';

/** A slash command's fields (Socket Mode sends them as JSON, HTTP as a form). */
export function slashCommand(text: string, responseUrl: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_BOT.teamId,
    team_domain: 'fake',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: ALICE.id,
    user_name: ALICE.name,
    command: '/brief',
    text,
    api_app_id: 'A0001',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
    ...over,
  };
}

/** An Events API callback wrapping `event`. */
export function eventCallback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_711_130_000,
    authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true }],
    event: { event_ts: event.ts, ...event },
  };
}

/** `@brief <text>` in a channel, optionally inside a thread. */
export function mention(text: string, ts: string, eventId: string, threadTs?: string): Record<string, unknown> {
  const event = { type: 'app_mention', user: ALICE.id, text: `<@${FAKE_BOT.userId}> ${text}`, ts, channel: CHANNEL };
  return eventCallback(threadTs === undefined ? event : { ...event, thread_ts: threadTs }, eventId);
}

/** A direct message to the bot. */
export function directMessage(text: string, ts: string, eventId: string): Record<string, unknown> {
  return eventCallback({ type: 'message', channel_type: 'im', channel: 'D0ALICE', user: ALICE.id, text, ts }, eventId);
}

/** A click on the "Share in channel" button of an ephemeral answer. */
export function shareClick(value: string, responseUrl: string, user: { id: string; name: string } = ALICE): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: user.id, username: user.name, name: user.name, team_id: FAKE_BOT.teamId },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1711130000.000100', channel_id: CHANNEL, is_ephemeral: true },
    trigger_id: '123.456.def',
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    channel: { id: CHANNEL, name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: 'brief_share',
        block_id: 'share',
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
        action_ts: '1711130001.000200',
      },
    ],
  };
}

/** HTTP form encodings. */
export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const interactionForm = (payload: Record<string, unknown>) => form({ payload: JSON.stringify(payload) });
