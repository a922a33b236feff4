import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed, MessageMentionOptions } from 'discord.js';
import type { Reply } from '../../../commands/command.js';
import type { Briefing, Digest } from '../../core/types.js';
import { clip, humanDate, LIMITS } from './limits.js';
import { itemField, sourceButtons, type NumberedItem } from './render-items.js';

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
 * Renders any Reply as embeds within Discord's limits (10 embeds, 25 fields each, 6,000 characters in all).
 * Items that do not fit are dropped from the end and counted in the footer.
 * @example renderReply({ kind: 'notice', text: 'No digest here yet.' }, { sourceButtons: false })
 */
export function renderReply(reply: Reply, options: RenderOptions): DiscordMessage {
  if (reply.kind === 'notice') {
    const color = reply.error ? COLORS.error : COLORS.notice;
    const embeds = [{ description: clip(reply.text, LIMITS.description), color }];
    return { embeds, components: [], allowedMentions: noPings() };
  }
  const blocks = reply.kind === 'briefing' ? briefingBlocks(reply.briefing) : digestBlocks(reply.digest);
  return fit(blocks, options);
}

function briefingBlocks(b: Briefing): Block[] {
  const parts = [b.text];
  if (b.notes?.length) parts.push(b.notes.map((n) => `*${n}*`).join('\n'));
  if (b.suggestions?.length) parts.push(['**Try asking:**', ...b.suggestions.map((s) => `\u2022 ${s}`)].join('\n'));
  return [
    {
      title: b.title ?? (b.query.trim() || 'Briefing'),
      description: parts.join('\n\n'),
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

function toEmbed(block: Block): APIEmbed {
  const embed: APIEmbed = { color: block.color };
  if (block.title !== undefined) embed.title = clip(block.title, LIMITS.title);
  if (block.description !== undefined) embed.description = clip(block.description, LIMITS.description);
  if (block.items.length) embed.fields = block.items.map(itemField);
  return embed;
}

function embedLength(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + fields;
}

function footerText(asOf: string | undefined, omitted: number): string | undefined {
  const parts = [asOf && `Data as of ${humanDate(asOf)}`, omitted > 0 && `${omitted} more not shown`];
  const text = parts.filter(Boolean).join(' \u00b7 ');
  return text === '' ? undefined : text;
}

function build(blocks: Block[], asOf: string | undefined, omitted: number): APIEmbed[] {
  const embeds = blocks.map(toEmbed);
  const footer = footerText(asOf, omitted);
  const last = embeds[embeds.length - 1];
  if (footer && last) last.footer = { text: clip(footer, LIMITS.footer) };
  return embeds;
}

function fit(input: Block[], options: RenderOptions): DiscordMessage {
  const blocks = input.map((b) => ({ ...b, items: [...b.items] }));
  let omitted = 0;
  for (const dropped of blocks.splice(LIMITS.embeds)) omitted += dropped.items.length;
  for (const b of blocks) omitted += b.items.splice(LIMITS.fields).length;

  let embeds = build(blocks, options.dataAsOf, omitted);
  while (embeds.reduce((sum, e) => sum + embedLength(e), 0) > LIMITS.embedTotal && blocks.length > 0) {
    const last = blocks[blocks.length - 1] as Block;
    if (last.items.length > 0) {
      last.items.pop();
      omitted += 1;
    } else if (blocks.length > 1) {
      blocks.pop();
    } else {
      break; // one block without items is always within the total: title + description + footer < 6,000
    }
    embeds = build(blocks, options.dataAsOf, omitted);
  }
  const shown = blocks.flatMap((b) => b.items);
  const components = options.sourceButtons ? sourceButtons(shown) : [];
  return { embeds, components, allowedMentions: noPings() };
}
