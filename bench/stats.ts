/** The p-th percentile (0-100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * Milliseconds taken by each call of `fn` on each input, over `rounds` rounds after `warmup` rounds (default one).
 * The times go into an array made before the first call: the timing loop allocates nothing itself, so the
 * collections it measures are the code's own.
 */
export function latencies<T>(inputs: readonly T[], fn: (x: T) => unknown, rounds: number, warmup = 1): number[] {
  for (let r = 0; r < warmup; r++) for (const x of inputs) fn(x);
  const out = new Float64Array(inputs.length * rounds);
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    for (const x of inputs) {
      const t = performance.now();
      fn(x);
      out[k++] = performance.now() - t;
    }
  }
  return Array.from(out);
}

/** Time one call, in milliseconds, with its result. */
export function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

/** Resident set size and heap used, in MB. */
export function memoryMb(): { rss: number; heap: number } {
  const m = process.memoryUsage();
  return { rss: Math.round(m.rss / 2 ** 20), heap: Math.round(m.heapUsed / 2 ** 20) };
}
