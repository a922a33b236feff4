import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

/** A GET route as Bolt's `customRoutes` and our own server both take it. */
export interface OpsRoute {
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** What `/ready` waits for: both true once the facts are loaded and the store migrated. */
export interface Readiness {
  facts: boolean;
  store: boolean;
}

/** Each started adapter and whether it is connected to its platform now. */
export type AdapterStates = Record<string, boolean>;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** `GET /health`: 200 while every started adapter is connected (or none has started yet), else 503; lists them. */
export function healthRoute(adapters: () => AdapterStates): OpsRoute {
  return {
    path: '/health',
    handler: (_req, res) => {
      const now = adapters();
      const ok = Object.values(now).every(Boolean);
      json(res, ok ? 200 : 503, { ok, adapters: now });
    },
  };
}

/** `GET /ready`: 503 until the facts are loaded and the store migrated, then 200. */
export function readyRoute(readiness: () => Readiness): OpsRoute {
  return {
    path: '/ready',
    handler: (_req, res) => {
      const now = readiness();
      const ready = now.facts && now.store;
      json(res, ready ? 200 : 503, { ready, ...now });
    },
  };
}

/** `GET /metrics` in Prometheus text format. */
export function metricsRoute(registry: Registry): OpsRoute {
  return {
    path: '/metrics',
    handler: (_req, res) => {
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        },
        () => res.writeHead(500).end(),
      );
    },
  };
}

/**
 * A small HTTP server for the routes, for deployments where Slack's receiver does not listen (Discord only).
 * Anything else is 404. Resolves once listening.
 * @example const server = await startOpsServer(8080, [healthRoute(states), readyRoute(ready), metricsRoute(registry)]);
 */
export function startOpsServer(port: number, routes: readonly OpsRoute[]): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path);
    if (req.method === 'GET' && route !== undefined) return route.handler(req, res);
    res.writeHead(404).end();
  });
  return listen(server, port);
}

/** Starts `server` on `port` (0: any free port); resolves with it once listening, rejects if it cannot listen. */
export function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
