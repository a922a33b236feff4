/**
 * Discord's markup in message content and option text: user (`<@id>`, `<@!id>`), role (`<@&id>`) and channel
 * (`<#id>`) mentions, custom emoji (`<:name:id>`, `<a:name:id>`), timestamps (`<t:…>`), command mentions
 * (`</name:id>`) and server links (`<id:browse>`).
 */
const MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[a-zA-Z])?|\/[^<>:]+:\d+|id:\w+)>/g;

/** The two broadcasts, typed as plain text. */
const BROADCAST = /(?<![\w@])@(?:everyone|here)\b/g;

/**
 * What a person typed, without Discord's markup: mentions, emoji, timestamps, `@everyone` and `@here`
 * removed, spaces collapsed. Applied to mentions, direct messages and slash command options before they
 * reach a command.
 * @example stripMarkup('<@123> @everyone who claimed the attack? <:eyes:456>') // 'who claimed the attack?'
 */
export function stripMarkup(text: string): string {
  return text.replace(MARKUP, ' ').replace(BROADCAST, ' ').replace(/\s+/g, ' ').trim();
}
