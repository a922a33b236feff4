import { createHash } from 'node:crypto';
import type { Fact } from './types.js';

/**
 * A stable content hash of what a reader sees of a fact: its text, date, time, sources and figure. Topics,
 * entities and the file it lives in are left out, so re-tagging a fact does not make it "revised".
 * Source order is ignored; 16 hex characters are plenty for a few thousand facts.
 * @example factHash(fact) === '3f9a0c1d2b4e5f60'
 */
export function factHash(fact: Fact): string {
  const f = fact.figure;
  const content = [
    fact.text.trim(),
    fact.date,
    fact.time ?? '',
    [...fact.sources].sort(),
    f ? [f.kind, f.value, f.asOf, f.qualifier ?? ''] : null,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
