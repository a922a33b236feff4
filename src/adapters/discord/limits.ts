import { messages, type Messages } from '../../core/messages/index.js';

/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits),
 * counted here in UTF-16 code units, which is never fewer than Discord's own count.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  choices: 25,
  choiceName: 100,
  optionMaxLength: 6000,
} as const;

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when cut, never splitting a surrogate pair.
 * Blank text becomes `fallback`, because Discord rejects empty titles, field names and values.
 * @example clip('Gunmen opened fire', 10) // 'Gunmen op…'
 */
export function clip(text: string, max: number, fallback = '\u2014'): string {
  const trimmed = text.trim();
  if (trimmed === '') return fallback;
  if (trimmed.length <= max) return trimmed;
  let end = max - 1;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${trimmed.slice(0, end).trimEnd()}\u2026`;
}

/**
 * "2024-03-23" → "23 Mar 2024" ("23 мар. 2024" in Russian); a range "2024-03-22/2024-03-24" → "22 Mar 2024 – 24 Mar 2024".
 * Anything else is returned unchanged.
 */
export function humanDate(date: string, m: Messages = messages()): string {
  return date
    .split('/')
    .map((part) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part);
      const month = Number(match?.[2]);
      const day = Number(match?.[3]);
      if (!match || month < 1 || month > 12 || day < 1 || day > 31) return part;
      return m.shortDate(part);
    })
    .join(' \u2013 ');
}
