import { decodeText } from './escape.js';

/**
 * The words a person sees in one piece of Slack markup (`<…>`): a channel's name, a link's label, a formatted
 * date's fallback text; nothing for a mention, a broadcast (`<!channel>`, `<!here>`, `<!subteam^…>`) or a
 * bare link, which are not words of the question.
 */
function shownWords(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) return ' ';
  if (target.startsWith('!')) return target.startsWith('!date^') && label !== undefined ? label : ' ';
  return label ?? ' ';
}

/** Plain-text pings and user handles, as Slack sends them in `/brief` text when escaping is off (the manifest). */
const PLAIN_MENTION = /(?<![\w@])@[\w.-]+/g;

/**
 * What a person typed, without Slack's markup: mentions and broadcasts removed, `<#C123|general>` read as
 * `general`, `<https://…|label>` and `<mailto:…|label>` as their label, bare links removed, then `&amp;`,
 * `&lt;` and `&gt;` unescaped and spaces collapsed. Slack escapes a typed `<`, so every `<…>` is markup.
 * Applied to `/brief` text, mentions and direct messages before they reach a command.
 * @example stripMarkup('<!channel> <@U1|ann> who claimed <https://t.me/x|the attack>? Q&amp;A') // 'who claimed the attack? Q&A'
 */
export function stripMarkup(text: string): string {
  const words = text.replace(/<([^<>]*)>/g, (_, inner: string) => shownWords(inner)).replace(PLAIN_MENTION, ' ');
  return decodeText(words).replace(/\s+/g, ' ').trim();
}
