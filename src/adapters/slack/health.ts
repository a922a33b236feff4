import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startOpsServer, type OpsRoute } from '../../ops/routes.js';

/** What `/health` reports. */
export interface HealthState {
  mode: 'socket' | 'http';
  /** Socket Mode: whether the WebSocket is up. HTTP mode: always true while the server answers. */
  connected: boolean;
}

/** The path probes use. */
export const HEALTH_PATH = '/health';

/** Another GET route served beside `/health` (main's `/ready` and `/metrics`). */
export type ExtraRoute = OpsRoute;

/** Answers `GET /health` with 200 `{ ok: true, ... }`, or 503 while Socket Mode is disconnected. */
export function healthHandler(state: () => HealthState) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const now = state();
    res.writeHead(now.connected ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: now.connected, ...now }));
  };
}

/**
 * Socket Mode has no HTTP server of its own that we can await, so `/health` (and `routes`) get a small one
 * (`startOpsServer`); anything else is 404. Resolves once listening.
 */
export function startHealthServer(port: number, state: () => HealthState, routes: readonly ExtraRoute[] = []): Promise<Server> {
  return startOpsServer(port, [{ path: HEALTH_PATH, handler: healthHandler(state) }, ...routes]);
}

/** The port a started server listens on. */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
