import { spawn, type ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import type { RunAs } from './pg-user.js';

/** How a PostgreSQL program is started: as whom, from where; messages in English so readiness can be read. */
export interface Launch {
  runAs: RunAs | undefined;
  cwd: string;
  /** Give up (and kill the program) after this long. Kept well under the test hooks' time-out. */
  deadlineMs: number;
}

const TAIL = 2000;

function spawnAs(program: string, args: string[], launch: Launch): ChildProcess {
  return spawn(program, args, {
    ...launch.runAs,
    cwd: launch.cwd,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts `program` and settles as soon as its outcome is known: `ready(output)` true resolves with the running
 * child; a spawn error (EACCES, ENOENT), an exit before ready, or the deadline kills it and rejects with an
 * Error carrying the program's last output. `ready` undefined means "wait for a clean exit".
 */
export function launch(program: string, args: string[], options: Launch, ready?: (output: string) => boolean): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(program, args, options);
    let output = '';
    let settled = false;
    const settle = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error === undefined) return resolve(child);
      child.kill('SIGKILL');
      reject(new Error(`${basename(program)} ${error}; its last output: ${output.slice(-TAIL).trim() || '(none)'}.`));
    };
    const timer = setTimeout(() => settle(`did not finish starting within ${options.deadlineMs / 1000} s`), options.deadlineMs);
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4 * TAIL);
      if (ready?.(output)) settle();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', (err) => settle(`could not be started (${err.message})`));
    child.once('exit', (code, signal) => (ready === undefined && code === 0 ? settle() : settle(`exited (code ${code}, signal ${signal})`)));
  });
}
