import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
  MessageMentionOptions,
} from 'discord.js';
import { messages, type Messages } from '../../core/messages/index.js';
import { replyLang, type Reply } from '../../core/reply.js';
import type { Briefing, BriefingItem, Digest } from '../../core/types.js';
import { clip, humanDate, LIMITS } from './limits.js';
import { itemField, sourceButtons, voteRow, type NumberedItem } from './render-items.js';

/** A rendered reply: embeds plus Sources buttons, ready for any send or edit call. Pings no one. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: MessageMentionOptions;
}

/** Never ping: no @everyone/@here, roles, users, nor the author of the message replied to. */
export function noPings(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

/** How to render: the data as-of date for the footer, and whether Sources buttons can be answered. */
export interface RenderOptions {
  /** ISO date of the newest source, shown as "Data as of 23 Mar 2024". */
  dataAsOf?: string;
  /** True when a `sources` command exists to answer the buttons. */
  sourceButtons: boolean;
  /** The saved answer's id, for 👍 / 👎 buttons under an answered briefing (see `votable`). */
  voteId?: string;
}

const COLORS = { answered: 0x2b6cb0, abstained: 0x718096, digest: 0x2f855a, notice: 0x4a5568, error: 0xc53030 };

/** An embed before fitting: items stay items so the fitter can drop them and keep buttons in step. */
interface Block {
  title?: string;
  description?: string;
  color: number;
  items: NumberedItem[];
}

/**
 * Renders any Reply as embeds within Discord's limits (10 embeds, 25 fields each, 6,000 characters in all),
 * labelled in the reply's language. Items that do not fit are dropped from the end and counted in the footer.
 * @example renderReply({ kind: 'notice', text: 'No digest here yet.' }, { sourceButtons: false })
 */
export function renderReply(reply: Reply, options: RenderOptions): DiscordMessage {
  if (reply.kind === 'notice') {
    const color = reply.error ? COLORS.error : COLORS.notice;
    const embeds = [{ description: clip(reply.text, LIMITS.description), color }];
    return { embeds, components: [], allowedMentions: noPings() };
  }
  const m = messages(replyLang(reply));
  if (reply.kind === 'digest') return fit(digestBlocks(reply.digest), { ...options, voteId: undefined }, m);
  const votes = reply.briefing.answered && reply.briefing.items.length > 0 ? options : { ...options, voteId: undefined };
  return fit(briefingBlocks(reply.briefing, m), votes, m);
}

/**
 * The briefing text without the lines that restate an item: the text is written to read on its own, so it lists
 * the items again with their citations, while the embed already shows each item as a field with its sources.
 */
function unrepeated(text: string, items: readonly BriefingItem[]): string {
  if (items.length === 0) return text;
  const restates = (line: string) => items.some((item) => item.text.trim() !== '' && line.includes(item.text.trim()));
  return text
    .split('\n')
    .filter((line) => !restates(line))
    .join('\n');
}

function briefingBlocks(b: Briefing, m: Messages): Block[] {
  const parts = [unrepeated(b.text, b.items)];
  if (b.notes?.length) parts.push(b.notes.map((n) => `*${n}*`).join('\n'));
  if (b.suggestions?.length) parts.push([`**${m.ui.tryAsking}**`, ...b.suggestions.map((s) => `\u2022 ${s}`)].join('\n'));
  const description = parts.filter((p) => p.trim() !== '').join('\n\n');
  return [
    {
      title: b.title ?? (b.query.trim() || m.titles.briefing),
      description: description === '' ? undefined : description,
      color: b.answered ? COLORS.answered : COLORS.abstained,
      items: b.items.map((item, i) => ({ n: i + 1, item })),
    },
  ];
}

function digestBlocks(d: Digest): Block[] {
  let n = 0;
  const sections = d.sections.map((s) => ({
    title: s.heading,
    color: COLORS.digest,
    items: s.items.map((item) => ({ n: ++n, item })),
  }));
  return [{ title: d.title, description: d.text, color: COLORS.digest, items: [] }, ...sections];
}

/** A block rendered once: its embed without fields, and one field per item, so fitting never re-renders. */
interface Built {
  embed: APIEmbed;
  fields: { field: APIEmbedField; item: NumberedItem; length: number }[];
}

function buildBlock(block: Block, m: Messages): Built {
  const embed: APIEmbed = { color: block.color };
  if (block.title !== undefined) embed.title = clip(block.title, LIMITS.title);
  if (block.description !== undefined) embed.description = clip(block.description, LIMITS.description);
  const fields = block.items.map((item) => {
    const field = itemField(item, m);
    return { field, item, length: field.name.length + field.value.length };
  });
  return { embed, fields };
}

function footerText(asOf: string | undefined, omitted: number, m: Messages): string | undefined {
  const parts = [asOf && m.ui.dataAsOf(humanDate(asOf, m)), omitted > 0 && m.ui.moreNotShown(omitted)];
  const text = parts.filter(Boolean).join(' \u00b7 ');
  return text === '' ? undefined : clip(text, LIMITS.footer);
}

/**
 * Drops what does not fit: blocks past 10 embeds, fields past 25 per embed, then fields (and emptied embeds) from
 * the end until the total is within 6,000 characters including the footer that counts what was dropped.
 */
function fit(blocks: Block[], options: RenderOptions, m: Messages): DiscordMessage {
  const built = blocks.slice(0, LIMITS.embeds).map((b) => buildBlock(b, m));
  let omitted = blocks.slice(LIMITS.embeds).reduce((n, b) => n + b.items.length, 0);
  for (const b of built) omitted += b.fields.splice(LIMITS.fields).length;

  const base = (b: Built) => (b.embed.title?.length ?? 0) + (b.embed.description?.length ?? 0);
  let total = built.reduce((sum, b) => sum + base(b) + b.fields.reduce((n, f) => n + f.length, 0), 0);
  const over = () => total + (footerText(options.dataAsOf, omitted, m)?.length ?? 0) > LIMITS.embedTotal;
  while (over()) {
    const last = built[built.length - 1] as Built;
    const dropped = last.fields.pop();
    if (dropped) {
      total -= dropped.length;
      omitted += 1;
    } else if (built.length > 1) {
      total -= base(last);
      built.pop();
    } else {
      break; // one embed without fields always fits: title + description + footer < 6,000
    }
  }

  const embeds = built.map(({ embed, fields }) => (fields.length ? { ...embed, fields: fields.map((f) => f.field) } : embed));
  const footer = footerText(options.dataAsOf, omitted, m);
  const lastEmbed = embeds[embeds.length - 1];
  if (footer && lastEmbed) lastEmbed.footer = { text: footer };
  const shown = built.flatMap((b) => b.fields.map((f) => f.item));
  const votes = options.voteId === undefined ? [] : [voteRow(options.voteId, m)];
  const components = options.sourceButtons ? sourceButtons(shown, m, LIMITS.actionRows - votes.length) : [];
  return { embeds, components: [...components, ...votes], allowedMentions: noPings() };
}
