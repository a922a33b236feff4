import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import { type App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Command, Services } from '../../../commands/command.js';
import type { Config } from '../../config.js';
import type { ChannelPoster } from '../../digest/contracts.js';
import { buildApp, clientOptions, DEFAULT_TUNING, type SlackTuning } from './app.js';
import { toBoltLogger } from './bolt-logger.js';
import { createCallerResolver } from './caller.js';
import { createDeduper, createStoreDeduper, type EventClaims } from './dedupe.js';
import { portOf, startHealthServer, type ExtraRoute } from './health.js';
import type { ListenerDeps } from './listeners/deps.js';
import { registerMessages } from './listeners/messages.js';
import { registerShareAction } from './listeners/share-action.js';
import { registerVoteAction } from './listeners/vote-action.js';
import { registerSlashCommand } from './listeners/slash-command.js';
import { createSlackPoster } from './poster.js';
import { createWorkQueue } from './work-queue.js';

export { DEFAULT_TUNING, type SlackTuning } from './app.js';

/** How long `stop()` waits for answers already owed before it lets go. */
const STOP_GRACE_MS = 5000;

/** What `startSlack` needs; main.ts passes the same services and command list to every adapter. */
export interface StartSlackOptions {
  config: NonNullable<Config['slack']>;
  services: Services;
  commands: readonly Command[];
  logger: Logger;
  now: () => Date;
  /** Retry and timeout knobs; defaults suit production. */
  tuning?: Partial<SlackTuning>;
  /** More GET routes beside `/health` on the port Slack listens on (main's `/ready` and `/metrics`). */
  routes?: readonly ExtraRoute[];
  /**
   * Where replicas claim each delivery (the store, on PostgreSQL), so a retry landing on another replica gets no
   * second answer. Without it, handled deliveries are remembered in memory (one process).
   */
  claims?: EventClaims;
}

/** A running Slack adapter. */
export interface SlackAdapter {
  app: App;
  /** Posts scheduled digests; hand it to the digest scheduler. */
  poster: ChannelPoster;
  /** The HTTP port actually listened on (HTTP mode: events and /health; Socket Mode: /health only, if it could bind). */
  port: number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the Slack face of the bot: `/brief`, the share button, mentions and DMs, in Socket Mode or HTTP mode
 * as `config.mode` says. Rejects if the bot token is refused (auth.test) or the HTTP port cannot be bound.
 * @example
 * const slack = await startSlack({ config: config.slack, services, commands, logger, now: () => new Date() });
 * scheduler.addPoster(slack.poster); // and on shutdown: await slack.stop();
 */
export async function startSlack(opts: StartSlackOptions): Promise<SlackAdapter> {
  const { config, logger, now } = opts;
  const tuning: SlackTuning = { ...DEFAULT_TUNING, ...opts.tuning };
  const log = logger.child({ component: 'slack' });
  const boltLogger = toBoltLogger(logger);
  let connected = config.mode === 'http';
  const work = createWorkQueue(tuning.work, log);
  const { app, socket } = buildApp(config, boltLogger, tuning, () => ({ mode: config.mode, connected }), work, opts.routes);
  socket?.client.on('connected', () => (connected = true));
  socket?.client.on('disconnected', () => (connected = false));
  socket?.client.on('reconnecting', () => (connected = false));

  const deps: ListenerDeps = {
    commands: opts.commands,
    services: opts.services,
    logger: log,
    now,
    resolveCaller: createCallerResolver(config.digestAdmins, log, now),
    seen: opts.claims === undefined ? createDeduper({ now }) : createStoreDeduper({ claims: opts.claims, owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, now, logger: log }),
    respondPolicy: tuning.respond,
    work,
  };
  registerSlashCommand(app, deps);
  registerShareAction(app, deps);
  registerVoteAction(app, deps);
  registerMessages(app, deps);
  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed');
  });

  await app.init();
  let port: number | undefined;
  let health: Server | undefined;
  if (socket !== undefined) {
    await app.start();
    health = await startHealthServer(config.port, () => ({ mode: 'socket', connected }), opts.routes).catch((err: unknown) => {
      log.warn({ err, port: config.port }, 'slack: /health could not listen; Socket Mode works without it');
      return undefined;
    });
    port = health === undefined ? undefined : portOf(health);
  } else {
    port = portOf((await app.start(config.port)) as Server);
  }
  log.info({ mode: config.mode, port }, 'slack adapter started');

  const posterClient = new webApi.WebClient(config.botToken, {
    ...clientOptions(config, tuning),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger,
  });
  let stopped = false;
  return {
    app,
    poster: createSlackPoster(posterClient),
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
      // Commands already acked are owed their answers; give the queue a little time to finish them.
      const grace = new Promise<void>((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
      await Promise.race([deps.work.idle(), grace]);
      await new Promise<void>((resolve) => (health === undefined ? resolve() : health.close(() => resolve())));
      log.info('slack adapter stopped');
    },
  };
}
