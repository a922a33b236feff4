import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HTTPModuleFunctions as http, type App, type Logger as BoltLogger, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { listen } from '../../ops/routes.js';

/** A GET route served beside the events endpoint (`/health`). */
export type GetRoute = (req: IncomingMessage, res: ServerResponse) => void;

/** What the receiver needs. */
export interface AckFirstReceiverOptions {
  signingSecret: string;
  logger: BoltLogger;
  /** Where Slack POSTs commands, events and interactivity. */
  path?: string;
  /** GET routes by path, such as `/health`. */
  routes?: Readonly<Record<string, GetRoute>>;
  /** Runs Bolt's processing of an acked request; by default at once. startSlack queues it (work-queue.ts). */
  dispatch?: (process: () => Promise<void>) => void;
  /** Called as each POST comes in, before it is read. */
  onRequest?: () => void;
}

/** The `ack` Bolt's listeners get: the 200 has gone already, so a body given to it can only be logged. */
function alreadyAcked(logger: BoltLogger): (response?: unknown) => Promise<void> {
  return async (response) => {
    if (response !== undefined && response !== '') logger.warn('slack receiver: an ack body was dropped; this receiver acks before the listener runs');
  };
}

/**
 * Bolt's processing of one acked request, as a job. A function of its own so that a job waiting in a queue holds
 * the parsed body only, not the request, the response and the raw body a closure inside `receive` would keep.
 */
function processing(app: App, event: ReceiverEvent, logger: BoltLogger): () => Promise<void> {
  return () => app.processEvent(event).catch((err: unknown) => logger.error('slack receiver: processing an acked request failed', err));
}

/**
 * Bolt's `Receiver` for HTTP mode that answers Slack before Bolt sees the request. The body is read and checked
 * with Bolt's own helpers (`HTTPModuleFunctions.parseAndVerifyHTTPRequest`: v0 signature, five-minute replay
 * window, 4 MB body limit; `ssl_check` and `url_verification` answered as Bolt answers them), then the empty 200 is
 * sent, and only then `app.processEvent` runs. Bolt's `HTTPReceiver` sends the 200 from inside the listener's
 * `ack()`, after Bolt's middleware, so under a burst every ack waits behind the processing of the requests before
 * it. The price: a listener cannot put a body in its ack (this app never does; a body given to `ack` is logged
 * and dropped). Slack's retry headers reach `context.retryNum` / `retryReason` as with Bolt's receiver.
 * @example const app = new App({ token, receiver: new AckFirstReceiver({ signingSecret, logger, routes: { '/health': h } }) });
 */
export class AckFirstReceiver implements Receiver {
  private app: App | undefined;
  private readonly server: Server;
  private readonly path: string;

  constructor(private readonly opts: AckFirstReceiverOptions) {
    this.path = opts.path ?? '/slack/events';
    this.server = createServer((req, res) => this.route(req, res));
  }

  init(app: App): void {
    this.app = app;
  }

  /** Listens on `port` (0: any free port); resolves with the server, as Bolt's receivers do. */
  start(port: number): Promise<Server> {
    return listen(this.server, port);
  }

  stop(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      this.server.closeIdleConnections();
    });
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const get = this.opts.routes?.[path];
    if (req.method === 'GET' && get !== undefined) return get(req, res);
    if (req.method === 'POST' && path === this.path) {
      this.opts.onRequest?.();
      this.receive(req, res).catch((err: unknown) => {
        this.opts.logger.error('slack receiver: request failed', err);
        if (!res.headersSent) http.buildNoBodyResponse(res, 500);
      });
      return;
    }
    http.buildNoBodyResponse(res, 404);
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger, signingSecret } = this.opts;
    let verified;
    try {
      verified = await http.parseAndVerifyHTTPRequest({ signingSecret }, req);
    } catch (err) {
      if (http.isRawBodyError(err) && (err.type === 'entity.too.large' || err.statusCode === 413)) {
        logger.warn(`Request body exceeded the maximum allowed size (limit: ${err.limit} bytes)`);
        return http.buildNoBodyResponse(res, 413);
      }
      logger.warn(`Failed to parse and verify the request data: ${err instanceof Error ? err.message : String(err)}`);
      return http.buildNoBodyResponse(res, 401);
    }
    let body: Record<string, unknown>;
    try {
      body = http.parseHTTPRequestBody(verified) as Record<string, unknown>;
    } catch (err) {
      logger.warn(`Malformed request body: ${err instanceof Error ? err.message : String(err)}`);
      return http.buildNoBodyResponse(res, 400);
    }
    if (body.ssl_check === '1') return http.buildSSLCheckResponse(res);
    if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);

    // The ack. Everything after this line is work Slack does not wait for.
    http.buildNoBodyResponse(res, 200);
    const event: ReceiverEvent = {
      body,
      ack: alreadyAcked(logger),
      retryNum: http.extractRetryNumFromHTTPRequest(req),
      retryReason: http.extractRetryReasonFromHTTPRequest(req),
    };
    if (this.app === undefined) return;
    const process = processing(this.app, event, logger);
    if (this.opts.dispatch === undefined) await process();
    else this.opts.dispatch(process);
  }
}
