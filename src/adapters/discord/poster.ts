import { REST, Routes, type APIMessage } from 'discord.js';
import type { Digest } from '../../core/types.js';
import type { ChannelPoster } from '../../digest/contracts.js';
import { toDeliveryError } from './errors.js';
import { renderReply, type RenderOptions } from './render.js';

/** Where and how the poster talks to Discord. */
export interface PosterOptions {
  token: string;
  /** Base REST URL without version (DISCORD_API_URL); Discord's own when undefined. */
  apiUrl?: string;
  /** Give up on a request after this many ms (reported as 'timeout'). */
  timeoutMs: number;
  render: RenderOptions;
}

/**
 * Posts digests to Discord channels as embeds. It has its own REST client that neither waits out rate limits
 * nor retries: the scheduler owns retries, so every failure comes back at once as a DeliveryError
 * ('rate_limited' with retryAfterMs, 'server_error', 'timeout', 'channel_gone', 'forbidden').
 */
export function createDiscordPoster(options: PosterOptions): ChannelPoster & { destroy(): void } {
  const rest = new REST({
    ...(options.apiUrl !== undefined && { api: options.apiUrl }),
    retries: 0,
    rejectOnRateLimit: () => true,
    timeout: options.timeoutMs,
  }).setToken(options.token);

  return {
    platform: 'discord',
    async post(channelId: string, digest: Digest): Promise<string> {
      const { embeds, components } = renderReply({ kind: 'digest', digest }, options.render);
      const body = { embeds, components, allowed_mentions: { parse: [] } };
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        return message.id;
      } catch (err) {
        throw toDeliveryError(err);
      }
    },
    destroy() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}
