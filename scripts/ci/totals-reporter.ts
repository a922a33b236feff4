import { writeFileSync } from 'node:fs';
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { countTotals } from './totals.js';

/** The `--outputFile.<key>` this reporter writes its totals to. */
export const OUTPUT_KEY = 'ci-totals';

/**
 * A vitest reporter that writes the run's `Totals` as JSON to `--outputFile.ci-totals=<file>`, for CI's closing
 * line (scripts/ci/totals-line.ts). Prints nothing; use it next to the default reporter.
 * @example vitest run --reporter=default --reporter=./scripts/ci/totals-reporter.ts --outputFile.ci-totals=totals.json
 */
export default class TotalsReporter implements Reporter {
  private file: string | undefined;

  onInit(vitest: Vitest): void {
    const output = vitest.config.outputFile;
    this.file = typeof output === 'object' ? output[OUTPUT_KEY] : undefined;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    if (this.file === undefined) throw new Error(`totals reporter: pass --outputFile.${OUTPUT_KEY}=<file>`);
    writeFileSync(this.file, JSON.stringify(countTotals(modules, unhandledErrors)));
  }
}
