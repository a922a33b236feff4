import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The cold start a console user sees: spawn the built bot (`node dist/main.js`, what `npm start` runs after its
 * build) with no tokens, pipe one question, and time until the first line of the answer reaches stdout.
 * Median of `runs` fresh processes, in ms.
 */
export async function wholeProcessColdStart(runs = 5): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-bench-'));
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const child = spawn(process.execPath, ['dist/main.js'], {
        env: { PATH: process.env.PATH, DATABASE_FILE: join(dir, `b${i}.sqlite`), SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      child.stdin.end('How many people were killed?\n');
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      times.push(performance.now() - started);
      await new Promise((resolve) => child.once('close', resolve));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}
