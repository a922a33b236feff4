import { execFileSync } from 'node:child_process';
import { PgStartError } from './pg-start-error.js';

/** The uid and gid a child process is started as. */
export interface RunAs {
  uid: number;
  gid: number;
}

const NAME = 'postgres';

function lookup(): RunAs | undefined {
  const id = (flag: string) => Number(execFileSync('id', [flag, NAME], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

function quietly(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {
    // Already there (a parallel test file may have created it first); the lookup after says whether it worked.
  }
}

/**
 * Who the test server runs as. PostgreSQL refuses to run as root, so as root it runs as the `postgres` system
 * user, created (no home, no login) when missing. As anyone else it runs as that user: `undefined`.
 */
export function serverUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const found = lookup();
  if (found) return found;
  quietly('groupadd', ['--system', NAME]);
  quietly('useradd', ['--system', '--gid', NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', NAME]);
  const created = lookup();
  if (created) return created;
  throw new PgStartError(
    'running as root, it needs a "postgres" system user to run the server as, and could not create one.',
    'Create it (useradd --system postgres) or run the tests as a non-root user.',
  );
}
