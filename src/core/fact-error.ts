/**
 * A problem in facts/: names the file, the record id and the field, like
 * `facts/facts/attack.yaml: fact "roof-collapse": sources: unknown source "bbc-x"`.
 */
export class FactError extends Error {
  readonly code = 'FACT_INVALID';
  constructor(
    readonly file: string,
    readonly recordId: string | undefined,
    readonly field: string | undefined,
    readonly detail: string,
  ) {
    super(`${file}: ${recordId ? `record "${recordId}"` : 'file'}${field ? `: ${field}` : ''}: ${detail}`);
    this.name = 'FactError';
  }
}

/** Several problems at once, so a person can fix them in one pass. The message lists them all. */
export class FactErrors extends Error {
  readonly code = 'FACTS_INVALID';
  constructor(readonly errors: readonly FactError[]) {
    super(`${errors.length} problem(s) in facts:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    this.name = 'FactErrors';
  }
}
