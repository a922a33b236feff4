import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { totalsLine } from '../../scripts/ci/totals.js';

const run = promisify(execFile);
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crocus-ci-totals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs vitest with the totals reporter, as .ci/run does, and then the closing-line script on what it wrote. */
async function ciOn(root: string): Promise<{ exitCode: number; totals: unknown; line: string }> {
  const file = join(dir, 'totals.json');
  const args = ['run', '--root', root, '--reporter=dot', `--reporter=${at('../../scripts/ci/totals-reporter.ts')}`, `--outputFile.ci-totals=${file}`];
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const exitCode = await run(process.execPath, [at('../../node_modules/vitest/vitest.mjs'), ...args], { env }).then(
    () => 0,
    (err: { code?: number }) => err.code ?? 1,
  );
  const { stdout } = await run(process.execPath, ['--import', 'tsx', at('../../scripts/ci/totals-line.ts'), file, String(exitCode)]);
  return { exitCode, totals: JSON.parse(readFileSync(file, 'utf8')), line: stdout };
}

describe("CI's closing line", () => {
  it('counts failed tests, files failed by a hook and unhandled errors as failed, and tests that never ran as skipped', async () => {
    const result = await ciOn(at('../fixtures/ci-totals'));
    expect(result.exitCode).toBe(1);
    expect(result.totals).toEqual({ passed: 2, failed: 3, skipped: 3 });
    expect(result.line).toBe('2 passed, 3 failed, 3 skipped\n');
  });

  it('never says 0 failed for a run that exited non-zero, even when no test ran', () => {
    expect(totalsLine(undefined, 2)).toBe('0 passed, 1 failed');
    expect(totalsLine({ passed: 5, failed: 0, skipped: 0 }, 1)).toBe('5 passed, 1 failed');
  });

  it('says 0 failed for a clean run, and names skipped tests only when there are some', () => {
    expect(totalsLine({ passed: 458, failed: 0, skipped: 0 }, 0)).toBe('458 passed, 0 failed');
    expect(totalsLine({ passed: 416, failed: 4, skipped: 42 }, 1)).toBe('416 passed, 4 failed, 42 skipped');
  });
});
