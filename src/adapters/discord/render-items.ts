import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbedField } from 'discord.js';
import { messages, type Messages } from '../../core/messages/index.js';
import type { BriefingItem, SourceRef } from '../../core/types.js';
import { clip, humanDate, LIMITS } from './limits.js';

/** An item with the number it is shown under, counted across the whole message. */
export interface NumberedItem {
  n: number;
  item: BriefingItem;
}

/** Prefix of a Sources button's custom_id; the rest is the fact id. */
export const SOURCES_BUTTON_PREFIX = 'sources:';

/**
 * One line naming an item's sources by outlet and date.
 * @example sourcesLine([{ outlet: 'BBC News', date: '2024-03-23', ... }]) // 'Sources: BBC News, 23 Mar 2024'
 */
export function sourcesLine(sources: readonly SourceRef[], m: Messages = messages()): string {
  if (sources.length === 0) return '';
  const named = sources.map((s) => `${s.outlet}, ${humanDate(s.date, m)}`);
  return `${m.ui.sources(sources.length)}: ${named.join('; ')}`;
}

/** The fact id as inline code, for `/sources fact:<id>`; plain when it holds a backtick. */
function factTag(id: string): string {
  if (id.trim() === '') return '';
  return id.includes('`') ? id : `\`${id}\``;
}

/**
 * An item as an embed field: number and date as the name; text, then its sources and fact id, as the value.
 * @example itemField({ n: 1, item }).value // 'IS claimed the attack.\nSource: BBC News, 23 Mar 2024 · `resp-is-claim`'
 */
export function itemField({ n, item }: NumberedItem, m: Messages = messages()): APIEmbedField {
  const marks = [item.contested && m.ui.contested, item.graphic && m.ui.graphic].filter(Boolean);
  const name = [`${n}. ${humanDate(item.date, m)}`, ...marks].join(' \u00b7 ');
  const line = [sourcesLine(item.sources, m), factTag(item.id)].filter(Boolean).join(' \u00b7 ');
  const sources = clip(line, LIMITS.fieldValue / 2, '');
  const textRoom = LIMITS.fieldValue - (sources ? sources.length + 1 : 0);
  const value = sources ? `${clip(item.text, textRoom)}\n${sources}` : clip(item.text, LIMITS.fieldValue);
  return { name: clip(name, LIMITS.fieldName), value, inline: false };
}

/** The fact id a Sources button stands for, or undefined for another custom_id. */
export function factIdFromCustomId(customId: string): string | undefined {
  if (!customId.startsWith(SOURCES_BUTTON_PREFIX)) return undefined;
  const id = customId.slice(SOURCES_BUTTON_PREFIX.length);
  return id === '' ? undefined : id;
}

/** Prefix of a vote button's custom_id: `vote:up:<answer id>`. */
export const VOTE_BUTTON_PREFIX = 'vote:';

/** The vote and answer id a 👍 / 👎 button stands for, or undefined for another custom_id. */
export function voteFromCustomId(customId: string): { vote: 'up' | 'down'; answerId: string } | undefined {
  const m = /^vote:(up|down):([0-9a-f]{1,64})$/.exec(customId);
  return m ? { vote: m[1] as 'up' | 'down', answerId: m[2] as string } : undefined;
}

/** The 👍 / 👎 row of an answered briefing; the buttons carry only the answer's id (the store keeps the rest). */
export function voteRow(answerId: string, m: Messages = messages()): APIActionRowComponent<APIButtonComponentWithCustomId> {
  const button = (vote: 'up' | 'down', label: string): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `${VOTE_BUTTON_PREFIX}${vote}:${answerId}`,
  });
  return { type: ComponentType.ActionRow, components: [button('up', m.ui.voteUp), button('down', m.ui.voteDown)] };
}

/**
 * One "Sources" button per shown item (at most `maxRows` rows of five), labelled with the item's number. Items whose
 * id does not fit in a custom_id get no button, and a fact shown twice gets one (custom_ids must be unique).
 */
export function sourceButtons(items: readonly NumberedItem[], m: Messages = messages(), maxRows: number = LIMITS.actionRows): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const max = maxRows * LIMITS.buttonsPerRow;
  const seen = new Set<string>();
  const buttons: APIButtonComponentWithCustomId[] = items
    .filter(({ item }) => {
      const fits = item.id !== '' && (SOURCES_BUTTON_PREFIX + item.id).length <= LIMITS.customId;
      if (!fits || seen.has(item.id)) return false;
      seen.add(item.id);
      return true;
    })
    .slice(0, max)
    .map(({ n, item }) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: m.ui.sourcesButton(items.length === 1 ? undefined : n),
      custom_id: SOURCES_BUTTON_PREFIX + item.id,
    }));
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}
