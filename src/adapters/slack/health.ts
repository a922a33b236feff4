import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What `/health` reports. */
export interface HealthState {
  mode: 'socket' | 'http';
  /** Socket Mode: whether the WebSocket is up. HTTP mode: always true while the server answers. */
  connected: boolean;
}

/** The path probes use. */
export const HEALTH_PATH = '/health';

/** Another GET route served beside `/health` (main's `/ready` and `/metrics`). */
export interface ExtraRoute {
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Answers `GET /health` with 200 `{ ok: true, ... }`, or 503 while Socket Mode is disconnected. */
export function healthHandler(state: () => HealthState) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const now = state();
    res.writeHead(now.connected ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: now.connected, ...now }));
  };
}

/**
 * Socket Mode has no HTTP server of its own that we can await, so `/health` (and `routes`) get a small one;
 * anything else is 404. Resolves once listening.
 */
export function startHealthServer(port: number, state: () => HealthState, routes: readonly ExtraRoute[] = []): Promise<Server> {
  const handle = healthHandler(state);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === HEALTH_PATH) return handle(req, res);
    const route = routes.find((r) => r.path === path);
    if (req.method === 'GET' && route !== undefined) return route.handler(req, res);
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** The port a started server listens on. */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
