import type { types } from '@slack/bolt';
import { messages, type Messages } from '../../core/messages/index.js';
import { replyLang, type Reply } from '../../core/reply.js';
import type { Briefing, BriefingItem, Digest } from '../../core/types.js';
import { clip, escapeText } from './escape.js';
import {
  SLACK_LIMITS,
  context,
  fitBlocks,
  headerLine,
  itemBlocks,
  section,
  type SlackBlock,
  type SlackMessage,
} from './render-blocks.js';

/** The `action_id` of the "Share in channel" button. */
export const SHARE_ACTION_ID = 'brief_share';

/** The `action_id`s of the 👍 / 👎 buttons on answered briefings. */
export const VOTE_ACTION_IDS = { up: 'brief_vote_up', down: 'brief_vote_down' } as const;

/** What a vote button carries: the question and the fact ids shown, as JSON. */
export function voteValue(briefing: Pick<Briefing, 'query' | 'items'>): string {
  return JSON.stringify([briefing.query, briefing.items.map((i) => i.id)]);
}

/** What the adapter adds around a reply: a share button (ephemeral answers) or who shared it (public copies). */
export interface RenderExtras {
  /** 👍 / 👎 buttons, on answered briefings only. */
  vote?: boolean;
  /** The text the share button carries (escaped here, like all text we send). Over 2,000 characters escaped: no button. */
  shareValue?: string;
  /** Display name (not a mention) of the user who shared the answer. */
  sharedBy?: string;
}

function fallback(title: string, text: string, m: Messages): string {
  const joined = [title.trim(), text.trim()].filter(Boolean).join(': ');
  return clip(escapeText(joined === '' ? m.titles.briefing : joined), SLACK_LIMITS.fallbackText);
}

/** The plain-text summary often lists the items again; in Block Kit the items already show, with sources. */
function summary(text: string, items: readonly BriefingItem[]): SlackBlock[] {
  const restates = items.length > 0 && items.every((item) => text.includes(item.text));
  return restates ? [] : section(escapeText(text));
}

function extrasBlocks(extras: RenderExtras, m: Messages, vote?: string): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (extras.sharedBy !== undefined) blocks.push(...context(escapeText(m.ui.sharedBy(extras.sharedBy))));
  const value = extras.shareValue === undefined ? undefined : escapeText(extras.shareValue);
  const elements: types.Button[] = [];
  if (value !== undefined && value.length <= SLACK_LIMITS.buttonValue) {
    elements.push({ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: m.ui.share }, value });
  }
  const voted = vote === undefined ? undefined : escapeText(vote);
  if (voted !== undefined && voted.length <= SLACK_LIMITS.buttonValue) {
    elements.push({ type: 'button', action_id: VOTE_ACTION_IDS.up, text: { type: 'plain_text', text: m.ui.voteUp }, value: voted });
    elements.push({ type: 'button', action_id: VOTE_ACTION_IDS.down, text: { type: 'plain_text', text: m.ui.voteDown }, value: voted });
  }
  if (elements.length > 0) blocks.push({ type: 'actions', elements });
  return blocks;
}

/**
 * A briefing as Block Kit: header line, summary (unless it only repeats the items), one section + sources
 * line per item, then suggestions (on abstention), notes and the adapter's extras, labelled in the briefing's
 * language. The full `text` is the notification fallback.
 * @example renderBriefing(briefing, { shareValue: 'death toll' }).blocks.length // <= 50
 */
export function renderBriefing(briefing: Briefing, extras: RenderExtras = {}): SlackMessage {
  const m = messages(briefing.lang);
  const title = briefing.title ?? briefing.query;
  const head = [...headerLine(title), ...summary(briefing.text, briefing.items)];
  const suggestions = briefing.suggestions ?? [];
  const tail: SlackBlock[] = [];
  if (!briefing.answered && suggestions.length > 0) {
    const lines = suggestions.slice(0, 10).map((s) => `• ${escapeText(s)}`);
    tail.push(...section(`*${escapeText(m.ui.tryAsking)}*\n${lines.join('\n')}`));
  }
  if (briefing.notes !== undefined && briefing.notes.length > 0) {
    tail.push(...context(briefing.notes.map(escapeText).join(' · ')));
  }
  const vote = extras.vote === true && briefing.answered && briefing.items.length > 0 ? voteValue(briefing) : undefined;
  tail.push(...extrasBlocks(extras, m, vote));
  const blocks = fitBlocks(head, briefing.items.map((item) => itemBlocks(item, m)), tail, m);
  return { text: fallback(title, briefing.text, m), blocks: blocks.length > 0 ? blocks : section(escapeText(m.ui.noAnswer)) };
}

/** A digest as Block Kit: header line, summary, then each section's heading with its items. */
export function renderDigest(digest: Digest, extras: RenderExtras = {}): SlackMessage {
  const m = messages(digest.lang);
  const head = [...headerLine(digest.title), ...summary(digest.text, digest.sections.flatMap((s) => s.items))];
  const groups: SlackBlock[][] = [];
  for (const part of digest.sections) {
    part.items.forEach((item, i) => {
      const heading = i === 0 ? section(`*${escapeText(part.heading)}*`) : [];
      groups.push([...heading, ...itemBlocks(item, m)]);
    });
  }
  const blocks = fitBlocks(head, groups, extrasBlocks(extras, m), m);
  return { text: fallback(digest.title, digest.text, m), blocks: blocks.length > 0 ? blocks : section(escapeText(m.ui.digest)) };
}

/** A notice: one section; errors get a warning sign. */
export function renderNotice(text: string, error = false, m: Messages = messages()): SlackMessage {
  const escaped = escapeText(text.trim() === '' ? m.ui.done : text);
  const shown = error ? `:warning: ${escaped}` : escaped;
  return { text: clip(shown, SLACK_LIMITS.fallbackText), blocks: section(shown) };
}

/** Any Reply as a Slack message. */
export function renderReply(reply: Reply, extras: RenderExtras = {}): SlackMessage {
  switch (reply.kind) {
    case 'briefing':
      return renderBriefing(reply.briefing, extras);
    case 'digest':
      return renderDigest(reply.digest, extras);
    case 'notice':
      return renderNotice(reply.text, reply.error, messages(replyLang(reply)));
  }
}
