/**
 * Slack's three control characters. Everything we echo goes through `escapeText`, so text a user typed
 * (`<!channel>`, `<@U123>`) is shown literally and pings no one.
 */

/**
 * Escapes `&`, `<` and `>` for Slack mrkdwn and fallback text.
 * @example escapeText('<!channel> & co') // '&lt;!channel&gt; &amp; co'
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Undoes Slack's escaping of incoming message text, so the core sees what the user typed.
 * @example decodeText('death toll &amp; injured') // 'death toll & injured'
 */
export function decodeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Shortens already-escaped text to at most `max` characters, ending with '…', never cutting an entity
 * (`&amp;`) in half.
 * @example clip('a &amp; b', 4) // 'a …'
 */
export function clip(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = escaped.slice(0, Math.max(0, max - 1));
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return `${cut}…`;
}
