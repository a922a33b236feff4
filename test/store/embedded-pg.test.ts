import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './embedded-pg.js';
import { packagedBinaries } from './pg-files.js';

const isRoot = process.getuid?.() === 0;
const dirs: string[] = [];
let server: TestPostgres | undefined;

/** A directory only its owner can enter, like `mktemp -d` or /root. */
function privateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-private-'));
  chmodSync(dir, 0o700);
  dirs.push(dir);
  return dir;
}

/** The packaged binaries, copied to `dir` as a checkout's node_modules would hold them. */
function binariesIn(dir: string): string {
  const native = join(dir, 'native');
  cpSync(packagedBinaries(), native, { recursive: true, verbatimSymlinks: true });
  return native;
}

afterEach(async () => {
  await server?.stop();
  server = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the tests’ PostgreSQL server', () => {
  it('starts and serves a fresh database from binaries inside a directory only its owner can enter', async () => {
    server = await startPostgres({ binaries: binariesIn(privateDir()) });
    const client = new pg.Client({ connectionString: await server.newDatabase() });
    await client.connect();
    const { rows } = await client.query<{ answer: number }>('select 6 * 7 as answer');
    await client.end();
    expect(rows).toEqual([{ answer: 42 }]);
  });

  it('fails at once, saying to run npm ci, when the binaries are missing', async () => {
    await expect(startPostgres({ binaries: join(privateDir(), 'nothing') })).rejects.toThrow(/^embedded PostgreSQL could not start: no PostgreSQL binaries at .* Run npm ci/);
  });

  it('fails at once with the reason when initdb cannot be executed', async () => {
    const native = binariesIn(privateDir());
    chmodSync(join(native, 'bin', 'initdb'), 0o644);
    await expect(startPostgres({ binaries: native })).rejects.toThrow(/initdb could not be started \(.*EACCES/);
  });

  it('fails at once with initdb’s own words when it exits with an error', async () => {
    const native = binariesIn(privateDir());
    writeFileSync(join(native, 'bin', 'initdb'), '#!/bin/sh\necho "initdb: error: disk full" >&2\nexit 1\n', { mode: 0o755 });
    await expect(startPostgres({ binaries: native })).rejects.toThrow(/initdb exited \(code 1, signal null\); its last output: initdb: error: disk full/);
  });

  it.runIf(isRoot)('as root, fails at once, saying to set TMPDIR, when the postgres user cannot enter the temp directory', async () => {
    const tmp = privateDir();
    await expect(startPostgres({ tmpDir: tmp })).rejects.toThrow(new RegExp(`${tmp} is closed to other users.*Set TMPDIR to a directory every user can enter`));
  });
});
