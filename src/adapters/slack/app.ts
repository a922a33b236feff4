import { App, SocketModeReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { Config } from '../../config.js';
import { HEALTH_PATH, healthHandler, type ExtraRoute, type HealthState } from './health.js';
import { AckFirstReceiver } from './receiver.js';
import type { RespondPolicy } from './respond.js';
import type { WorkLimits, WorkQueue } from './work-queue.js';

/** Retry and timeout knobs. Production defaults below; tests make them small. */
export interface SlackTuning {
  /** Web API retries after the first try (429 waits for Retry-After; 5xx and network errors back off). */
  apiRetries: number;
  /** First back-off between Web API retries; it doubles, up to `apiMaxRetryMs`. */
  apiMinRetryMs: number;
  apiMaxRetryMs: number;
  /** Per-request timeout of Web API calls. */
  apiTimeoutMs: number;
  /** Posting to `response_url`. */
  respond: RespondPolicy;
  /** The work after an ack (see work-queue.ts). */
  work: WorkLimits;
}

/** Interactive answers stop retrying within about a minute; a digest post is not retried here at all. */
export const DEFAULT_TUNING: SlackTuning = {
  apiRetries: 3,
  apiMinRetryMs: 1000,
  apiMaxRetryMs: 20_000,
  apiTimeoutMs: 10_000,
  respond: { retries: 3, retryDelayMs: 1000, maxRetryAfterMs: 60_000, timeoutMs: 10_000 },
  work: { concurrency: 16, whileReceiving: 1, quietMs: 50, maxWaiting: 5000 },
};

type SlackConfig = NonNullable<Config['slack']>;

/** Web API client options shared by Bolt's clients and the digest poster. */
export function clientOptions(config: SlackConfig, tuning: SlackTuning): webApi.WebClientOptions {
  return {
    slackApiUrl: config.apiUrl,
    timeout: tuning.apiTimeoutMs,
    retryConfig: {
      retries: tuning.apiRetries,
      factor: 2,
      minTimeout: tuning.apiMinRetryMs,
      maxTimeout: tuning.apiMaxRetryMs,
      randomize: false,
    },
  };
}

/** The Bolt app and what `startSlack` needs to know about its transport. */
export interface BuiltApp {
  app: App;
  /** Socket Mode only: the receiver, to watch the connection for `/health`. */
  socket?: SocketModeReceiver;
}

/**
 * A Bolt app in Socket Mode (`mode: 'socket'`, app token) or HTTP mode (`mode: 'http'`, signing secret;
 * `POST /slack/events` for commands, events and interactivity; `GET /health` and any `routes`). In HTTP mode
 * `AckFirstReceiver` checks the signature with Bolt's helpers (timestamps older than five minutes get 401) and
 * answers 200 before Bolt runs the listeners. Initialisation (auth.test) is deferred to `app.init()` so a bad
 * token fails start-up instead of the first request.
 */
export function buildApp(
  config: SlackConfig,
  logger: BoltLogger,
  tuning: SlackTuning,
  health: () => HealthState,
  work: WorkQueue,
  routes: readonly ExtraRoute[] = [],
): BuiltApp {
  const client = clientOptions(config, tuning);
  const common = { token: config.botToken, logger, clientOptions: client, deferInitialization: true };
  if (config.mode === 'socket') {
    if (config.appToken === undefined) throw new Error('Slack Socket Mode needs SLACK_APP_TOKEN (an xapp- token).');
    const socket = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl, timeout: tuning.apiTimeoutMs } },
    });
    return { app: new App({ ...common, receiver: socket }), socket };
  }
  if (config.signingSecret === undefined) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET.');
  const receiver = new AckFirstReceiver({
    signingSecret: config.signingSecret,
    logger,
    routes: { [HEALTH_PATH]: healthHandler(health), ...Object.fromEntries(routes.map((r) => [r.path, r.handler])) },
    // Bolt's middleware and the listener run from the work queue too (its hand-over part), not in the ack's turn.
    dispatch: (process) => work.handover(process),
    onRequest: () => work.receiving(),
  });
  return { app: new App({ ...common, receiver }) };
}
