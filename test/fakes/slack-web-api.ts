import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockProblems } from './slack-block-limits.js';

/** One request the fake received: a Web API method, or a post to a response_url (`method: 'response_url'`). */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** For response_url posts: the id in `/response/<id>`. */
  responseId?: string;
  /** `performance.now()` when the request had arrived (body read), like the Discord fake. */
  at: number;
}

/** A canned answer for the next call to a method. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (to exercise client timeouts). */
  delayMs?: number;
}

/** Tokens the fake accepts; anything else gets `invalid_auth`. */
export const FAKE_TOKENS = { bot: 'xoxb-fake-bot', app: 'xapp-fake-app' } as const;
export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T0001' } as const;

/**
 * A local stand-in for https://slack.com/api/ on 127.0.0.1: answers the methods the bot uses like Slack does
 * (form or JSON bodies, `ok:false` errors, 429 + Retry-After when scripted, `invalid_blocks` for messages
 * over Block Kit's limits) and records every call. Also serves response_url targets at `/response/<id>`.
 */
export interface FakeSlackWebApi {
  /** Base URL for `slackApiUrl`, with the trailing slash. */
  apiUrl: string;
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Queue answers for the next calls to `method`, in order; later calls get the default again. */
  script(method: string, ...responses: ScriptedResponse[]): void;
  /** Resolves once `method` has been called `count` times in all. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  admins: Set<string>;
  /** Users' Slack locales ("ru-RU"), returned by users.info when asked with `include_locale`. */
  locales: Map<string, string>;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

const POSTS = new Set(['chat.postMessage', 'chat.postEphemeral', 'response_url']);

/** Starts the fake on a free loopback port. `socketUrl` is what `apps.connections.open` hands out. */
export async function startFakeSlackWebApi(opts: { socketUrl?: () => string } = {}): Promise<FakeSlackWebApi> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const waiters = new Set<() => void>();
  const admins = new Set<string>();
  const locales = new Map<string, string>();
  let ts = 1_711_100_000;

  function defaultAnswer(method: string, body: Record<string, unknown>, token: string | undefined): unknown {
    const expected = method === 'apps.connections.open' ? FAKE_TOKENS.app : FAKE_TOKENS.bot;
    if (method !== 'response_url' && token !== expected) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    if (POSTS.has(method)) {
      const problems = blockProblems(body);
      if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
    }
    ts += 1;
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, team_id: FAKE_BOT.teamId, user: 'brief', team: 'Fake' };
      case 'apps.connections.open':
        return opts.socketUrl ? { ok: true, url: opts.socketUrl() } : { ok: false, error: 'not_allowed_token_type' };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${ts}.000100`, message: { text: body.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${ts}.000200` };
      case 'users.info': {
        const id = String(body.user);
        const locale = body.include_locale === true || body.include_locale === 'true' ? locales.get(id) : undefined;
        return { ok: true, user: { id, name: `user-${id}`, is_admin: admins.has(id), is_owner: false, ...(locale !== undefined && { locale }) } };
      }
      default:
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const responseId = path.startsWith('/response/') ? path.slice('/response/'.length) : undefined;
    const method = responseId !== undefined ? 'response_url' : path.replace(/^\/api\//, '');
    const body = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (body.token as string | undefined);
    calls.push({ method, body, headers: req.headers, responseId, at: performance.now() });
    for (const wake of waiters) wake();
    const scripted = scripts.get(method)?.shift();
    if (scripted?.delayMs) await new Promise((r) => setTimeout(r, scripted.delayMs));
    const answer = scripted?.body ?? defaultAnswer(method, body, token);
    res.writeHead(scripted?.status ?? 200, { 'content-type': 'application/json', ...scripted?.headers });
    res.end(JSON.stringify(answer));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string) => calls.filter((c) => c.method === method);

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    callsTo,
    admins,
    locales,
    script(method, ...responses) {
      scripts.set(method, [...(scripts.get(method) ?? []), ...responses]);
    },
    waitFor(method, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (callsTo(method).length < count) return;
          cleanup();
          resolve(callsTo(method));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`fake Slack: ${method} called ${callsTo(method).length} times, wanted ${count}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
