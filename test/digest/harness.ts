import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { Caller } from '../../src/core/reply.js';
import type { StoreLocation } from '../../src/store/open-store.js';
import { startPostgres, type TestPostgres } from '../store/embedded-pg.js';

/** A clock tests move by hand; nothing waits on the wall clock for a schedule. */
export function fakeClock(start: string): { now: () => Date; set(iso: string): void; advance(ms: number): void } {
  let t = new Date(start);
  return {
    now: () => t,
    set: (iso) => void (t = new Date(iso)),
    advance: (ms) => void (t = new Date(t.getTime() + ms)),
  };
}

/** A logger whose JSON lines are kept for assertions. */
export function captureLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug', base: undefined }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

export const MANAGER: Caller = { platform: 'slack', userId: 'U-admin', userName: 'alice', channelId: 'C-news', canManageChannel: true };
export const MEMBER: Caller = { ...MANAGER, userId: 'U-member', userName: 'bob', canManageChannel: false };

/** A backend the guarantee tests run on, and how to get a fresh database of it. */
export interface Backend {
  name: string;
  newLocation(): Promise<StoreLocation>;
}

/**
 * Both store backends for this test file: SQLite in a temp directory and a real PostgreSQL started here on a
 * free loopback port. Registers the hooks that start and stop them.
 */
export function useBackends(): Backend[] {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-digest-'));
  let server: TestPostgres | undefined;
  let n = 0;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return [
    { name: 'SQLite', newLocation: async () => ({ kind: 'sqlite', file: join(dir, `db-${++n}.sqlite`) }) },
    {
      name: 'PostgreSQL',
      async newLocation() {
        if (server === undefined) throw new Error('PostgreSQL did not start');
        return { kind: 'postgres', url: await server.newDatabase() };
      },
    },
  ];
}
