import { messages } from '../core/messages/index.js';
import type { Digest } from '../core/types.js';
import type { ChannelPoster } from './contracts.js';

/**
 * A digest as plain text: title, summary, then each section with its items and their sources.
 * @example renderDigestText(digest).split('\n')[0] === '== Crocus City Hall attack: overview =='
 */
export function renderDigestText(digest: Digest): string {
  const m = messages(digest.lang);
  const lines = [`== ${digest.title} ==`, digest.text];
  for (const section of digest.sections) {
    lines.push('', section.heading);
    for (const item of section.items) {
      const sources = item.sources.map((s) => `${s.outlet}, ${m.shortDate(s.date)}`).join('; ');
      lines.push(`• ${item.text}${item.contested ? ` [${m.ui.contested}]` : ''} (${sources})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The console's ChannelPoster: writes each digest to a stream (stdout in the console adapter). The message
 * reference is `console:<n>`, counting posts of this poster.
 * @example createDigests({ ..., posters: [createConsolePoster(process.stdout)] })
 */
export function createConsolePoster(stream: NodeJS.WritableStream): ChannelPoster {
  let count = 0;
  return {
    platform: 'console',
    async post(channelId, digest) {
      const header = channelId === 'console' ? '' : `[${channelId}] `;
      await new Promise<void>((resolve, reject) => stream.write(`${header}${renderDigestText(digest)}`, (err) => (err ? reject(err) : resolve())));
      return `console:${++count}`;
    },
  };
}
