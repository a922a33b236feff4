import type { types } from '@slack/bolt';
import { messages, type Messages } from '../../core/messages/index.js';
import type { BriefingItem, SourceRef } from '../../core/types.js';
import { clip, escapeText } from './escape.js';

/** Slack's limits, from the Block Kit reference. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextText: 3000,
  /** Top-level `text` may be 40,000; we keep the fallback short enough to read in a notification. */
  fallbackText: 3000,
  buttonValue: 2000,
} as const;

/** The only blocks we send. */
export type SlackBlock = types.SectionBlock | types.ContextBlock | types.ActionsBlock;

/** A rendered message: Block Kit plus the fallback `text` shown in notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A mrkdwn section from already-escaped text; empty text gives no block (Slack rejects it). */
export function section(escaped: string): SlackBlock[] {
  if (escaped.trim() === '') return [];
  return [{ type: 'section', text: { type: 'mrkdwn', text: clip(escaped, SLACK_LIMITS.sectionText) } }];
}

/** A one-element context line from already-escaped text. */
export function context(escaped: string): SlackBlock[] {
  if (escaped.trim() === '') return [];
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: clip(escaped, SLACK_LIMITS.contextText) }] }];
}

/** The bold header line. */
export function headerLine(title: string): SlackBlock[] {
  return title.trim() === '' ? [] : section(`*${escapeText(title.trim())}*`);
}

/**
 * `2024-03-23` as `23 Mar 2024` (`23 мар. 2024` in Russian); anything else is returned as given.
 * @example formatDate('2024-03-23') // '23 Mar 2024'
 */
export function formatDate(iso: string, m: Messages = messages()): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? iso : m.shortDate(iso);
}

/** "Sources: BBC News, 23 Mar 2024 · AA, 29 Mar 2024 · `fact-id`", escaped. */
export function sourcesLine(sources: readonly SourceRef[], factId: string, m: Messages = messages()): string {
  const named = sources.map((s) => `${escapeText(s.outlet)}, ${escapeText(formatDate(s.date, m))}`);
  const lead = named.length === 0 ? m.ui.noSource : `${m.ui.sources(2)}: ${named.join(' · ')}`;
  return `${lead} · \`${escapeText(factId)}\``;
}

/** One item: its text as a section, its sources as a context line, labelled in `m`'s language. */
export function itemBlocks(item: BriefingItem, m: Messages = messages()): SlackBlock[] {
  const marks = [item.contested ? `_(${m.ui.contested})_` : '', item.graphic ? `_(${m.ui.graphic})_` : ''].filter(Boolean);
  const text = [escapeText(item.text), ...marks].join(' ');
  return [...section(text), ...context(sourcesLine(item.sources, item.id, m))];
}

/**
 * Puts head, item groups and tail together within Slack's 50 blocks. Groups are kept whole and in order;
 * when some do not fit, a context line says how many were left out.
 */
export function fitBlocks(head: SlackBlock[], groups: SlackBlock[][], tail: SlackBlock[], m: Messages = messages()): SlackBlock[] {
  const budget = SLACK_LIMITS.blocksPerMessage - head.length - tail.length;
  const body: SlackBlock[] = [];
  let kept = 0;
  for (const group of groups) {
    const roomNeeded = group.length + (kept + 1 < groups.length ? 1 : 0);
    if (body.length + roomNeeded > budget) break;
    body.push(...group);
    kept += 1;
  }
  const left = groups.length - kept;
  const more = left > 0 ? context(escapeText(m.ui.andMore(left))) : [];
  return [...head, ...body, ...more, ...tail].slice(0, SLACK_LIMITS.blocksPerMessage);
}
