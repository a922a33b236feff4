import type { SerializedError } from 'vitest';
import type { TestModule } from 'vitest/node';

/** What a test run did, counted so nothing that failed to run is hidden. */
export interface Totals {
  passed: number;
  /** Failed tests, test files that failed outside any test (load error, failing hook), and unhandled errors. */
  failed: number;
  /** Tests that did not run: skipped, todo, or never reached because a hook before them failed. */
  skipped: number;
}

/**
 * Counts a vitest run from its test modules and unhandled errors.
 * @example countTotals(modules, errors) // { passed: 416, failed: 4, skipped: 42 }
 */
export function countTotals(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): Totals {
  const totals: Totals = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of modules) {
    let failedTests = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') totals.passed++;
      else if (state === 'failed') failedTests++;
      else totals.skipped++;
    }
    totals.failed += failedTests + (module.state() === 'failed' && failedTests === 0 ? 1 : 0);
  }
  return totals;
}

/**
 * CI's closing line. A run that exited non-zero never reads "0 failed": when the counts show no failure (the
 * typecheck or lint failed before any test ran, or vitest stopped without counting), it says 1 failed.
 * @example totalsLine({ passed: 416, failed: 4, skipped: 42 }, 1) // '416 passed, 4 failed, 42 skipped'
 */
export function totalsLine(totals: Totals | undefined, exitCode: number): string {
  const { passed, failed, skipped } = totals ?? { passed: 0, failed: 0, skipped: 0 };
  const shownFailed = exitCode !== 0 && failed === 0 ? 1 : failed;
  return `${passed} passed, ${shownFailed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
