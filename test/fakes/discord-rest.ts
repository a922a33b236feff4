import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDS, messageObject, snowflake, user } from './discord-payloads.js';

/** One request the client made, path relative to `/api/v10`. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** `performance.now()` when the request arrived. */
  at: number;
}

/** A scripted answer that replaces the default one for matching requests. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to provoke client timeouts). */
  delayMs?: number;
}

interface Fault {
  method: string;
  path: RegExp;
  response: FakeResponse;
  remaining: number;
}

/** Discord's error bodies, as the API sends them. */
export const DISCORD_ERRORS = {
  rateLimited: (retryAfterS: number): FakeResponse => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterS), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfterS, global: false },
  }),
  serverError: (): FakeResponse => ({ status: 500, body: { message: '500: Internal Server Error', code: 0 } }),
  unknownChannel: (): FakeResponse => ({ status: 404, body: { message: 'Unknown Channel', code: 10003 } }),
  missingAccess: (): FakeResponse => ({ status: 403, body: { message: 'Missing Access', code: 50001 } }),
  missingPermissions: (): FakeResponse => ({ status: 403, body: { message: 'Missing Permissions', code: 50013 } }),
};

/**
 * A local fake of Discord's REST API (v10) on 127.0.0.1. It records every request, answers like Discord for the
 * routes the bot uses, and lets a test script failures (`fail`) for matching requests.
 */
export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  /** Set by the gateway fake: what GET /gateway/bot returns as `url`. */
  gatewayUrl = 'ws://127.0.0.1:1';
  /** What GET /gateway/bot recommends as `shards`, and its `max_concurrency` (identifies at once). */
  gatewayShards = 1;
  maxConcurrency = 1;
  private readonly faults: Fault[] = [];
  private readonly events = new EventEmitter();

  private constructor(readonly server: Server) {}

  /** Starts the fake on a free loopback port. */
  static async start(): Promise<FakeDiscordRest> {
    const server = createServer();
    const fake = new FakeDiscordRest(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  /** Base URL to give discord.js as `rest.api` (no version). */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** The next `times` requests matching method and path get `response` instead of the default. */
  fail(method: string, path: RegExp, response: FakeResponse, times = 1): void {
    this.faults.push({ method, path, response, remaining: times });
  }

  /** Requests matching method and path, in order. */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves with the `nth` (1-based) request matching method and path, waiting for it if needed. */
  waitFor(method: string, path: RegExp, nth = 1, timeoutMs = 5000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.find(method, path)[nth - 1];
        if (!hit) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Discord: no request #${nth} for ${method} ${path} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('request', check);
      };
      this.events.on('request', check);
      check();
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body: raw ? (JSON.parse(raw) as unknown) : undefined,
      at: performance.now(),
    };
    this.requests.push(recorded);
    this.events.emit('request', recorded);

    const fault = this.faults.find((f) => f.remaining > 0 && f.method === recorded.method && f.path.test(path));
    if (fault) fault.remaining -= 1;
    const answer = fault?.response ?? this.defaultResponse(recorded);
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    if (res.destroyed) return;
    // Like Discord, a 204 carries no body and no content-type (a JSON content-type would make clients parse it).
    const json = answer.body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(answer.status, { ...json, ...answer.headers });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }

  private defaultResponse(r: RecordedRequest): FakeResponse {
    const ok = (body: unknown): FakeResponse => ({ status: 200, body });
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return ok({
        url: this.gatewayUrl,
        shards: this.gatewayShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.maxConcurrency },
      });
    }
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) return { status: 204 };
    const channel = /^\/channels\/(\d+)\/messages$/.exec(r.path);
    if (r.method === 'POST' && channel) return ok(messageFrom(r.body, channel[1] as string));
    if (r.method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(r.path)) {
      return ok(messageFrom(r.body, IDS.channel));
    }
    if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path)) return ok(messageFrom(r.body, IDS.channel));
    if (r.method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(r.path)) return { status: 204 };
    if (r.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(r.path)) {
      const list = Array.isArray(r.body) ? (r.body as object[]) : [];
      return ok(list.map((c) => ({ ...c, id: snowflake(), application_id: IDS.app, version: snowflake() })));
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}

function messageFrom(body: unknown, channelId: string): object {
  const sent = (body ?? {}) as Record<string, unknown>;
  return messageObject(channelId, user(IDS.bot, 'crocus-brief', true), {
    content: sent.content ?? '',
    embeds: sent.embeds ?? [],
    components: sent.components ?? [],
    type: sent.message_reference ? 19 : 0,
    flags: sent.flags ?? 0,
  });
}
