import { Client, Events, GatewayIntentBits, Partials, Status, type ClientOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { Command, Services } from '../../../commands/command.js';
import type { Config } from '../../config.js';
import type { FactCore } from '../../core/types.js';
import type { ChannelPoster } from '../../digest/contracts.js';
import { createInteractionHandler } from './interactions.js';
import { createMentionHandler } from './mentions.js';
import { createDiscordPoster } from './poster.js';
import { noPings, type RenderOptions } from './render.js';

export { buildCommandPayload, CommandPayloadError, inviteUrl, registerCommands } from './registration.js';
export { renderReply, type DiscordMessage, type RenderOptions } from './render.js';

/** Everything the Discord adapter needs; main.ts builds it. */
export interface DiscordStartOptions {
  config: NonNullable<Config['discord']>;
  services: Services;
  /** The shared command list; `ask` is offered as `/brief` and answers mentions. */
  commands: readonly Command[];
  logger: Logger;
  now: () => Date;
  /**
   * Work longer than this (ms) is deferred and the answer edited in; default 1,000. Discord's 3 s run from the
   * click: the gateway's delivery and the callback's own round trip take part of them, and a busy process fires
   * the timer late.
   */
  deferAfterMs?: number;
  /** REST request timeout in ms; default 10,000. */
  restTimeoutMs?: number;
}

/** A running Discord adapter. */
export interface DiscordAdapter {
  client: Client<true>;
  /** Posts digests to Discord channels for the scheduler. */
  poster: ChannelPoster;
  /** Whether the gateway connection is up now (every shard this process runs is ready), for `/health`. */
  connected(): boolean;
  /** Logs out and closes the gateway connection. */
  stop(): Promise<void>;
}

/**
 * discord.js' own sharding: `shards` is which shard ids this client runs ('auto': all of Discord's recommended
 * count), `shardCount` how many there are across every process. Several processes split the gateway by ids.
 */
function shardOptions(shards: NonNullable<Config['discord']>['shards']): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === undefined) return {};
  if (shards.count === 'auto') return { shards: 'auto' };
  return { shards: shards.ids ?? Array.from({ length: shards.count }, (_, i) => i), shardCount: shards.count };
}

/** The date of the newest source: what the footer's "Data as of" shows. */
function newestSource(core: FactCore): string | undefined {
  let newest: string | undefined;
  for (const source of core.sources.values()) if (newest === undefined || source.date > newest) newest = source.date;
  return newest;
}

/**
 * Logs in to Discord and answers slash commands, Sources and vote buttons and mentions with the shared commands.
 * Resolves once the client is ready; rejects (and cleans up) when login fails.
 * @example const discord = await startDiscord({ config: config.discord, services, commands, logger, now: () => new Date() });
 */
export async function startDiscord(options: DiscordStartOptions): Promise<DiscordAdapter> {
  const { config, services, commands, now } = options;
  const logger = options.logger.child({ adapter: 'discord' });
  const timeout = options.restTimeoutMs ?? 10_000;
  // The fact core is read-only after start-up, so the footer date is computed once.
  const render: RenderOptions = {
    dataAsOf: newestSource(services.engine.core),
    sourceButtons: commands.some((c) => c.name === 'sources'),
  };

  const client = new Client({
    ...shardOptions(config.shards),
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: noPings(),
    failIfNotExists: false,
    rest: { timeout, ...(config.apiUrl !== undefined && { api: config.apiUrl }) },
  });
  const deferAfterMs = options.deferAfterMs ?? 1000;
  const onInteraction = createInteractionHandler({ commands, services, now, logger, render, deferAfterMs, feedback: services.feedback });
  const onMention = createMentionHandler({ client, commands, services, logger, now, render });
  client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch((err) => logger.error({ err }, 'discord: interaction')));
  client.on(Events.MessageCreate, (m) => void onMention(m).catch((err) => logger.error({ err }, 'discord: mention')));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord: client error'));
  client.on(Events.Warn, (msg) => logger.warn(msg));
  client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfterMs: info.retryAfter }, 'discord: rate limited'));

  const poster = createDiscordPoster({ token: config.token, apiUrl: config.apiUrl, timeoutMs: timeout, render });
  try {
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(config.token);
    await ready;
  } catch (err) {
    poster.destroy();
    await client.destroy();
    throw err;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: [...client.ws.shards.keys()], shardCount: client.options.shardCount }, 'discord: ready');
  return {
    client: client as Client<true>,
    poster: { platform: poster.platform, post: (channelId, digest) => poster.post(channelId, digest) },
    connected: () => client.ws.status === Status.Ready,
    async stop() {
      poster.destroy();
      await client.destroy();
    },
  };
}
