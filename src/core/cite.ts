import { UNNAMED_OUTLET } from './citations.js';
import { cmp } from './dates.js';
import { messages, type Messages } from './messages/index.js';
import type { Fact, FactCore, Source, SourceRef } from './types.js';

/**
 * The sources of a fact, as items show them: those that name their outlet (the loader makes sure the first
 * one does). Unknown ids are skipped (the loader rejects them anyway).
 */
export function sourceRefs(fact: Fact, core: FactCore): SourceRef[] {
  return fact.sources
    .map((id) => core.sources.get(id))
    .filter((s): s is Source => s !== undefined && s.outlet !== UNNAMED_OUTLET)
    .map((s) => ({ id: s.id, outlet: s.outlet, title: s.title, date: s.date }));
}

/**
 * The short citation written after a sentence: the fact's first source, its date in the answer's language.
 * @example citation(fact, core) === '(BBC News, 23 Mar 2024)'
 */
export function citation(fact: Fact, core: FactCore, m: Messages = messages()): string {
  const s = core.sources.get(fact.sources[0] ?? '');
  return s ? m.citation(s.outlet, s.date) : '';
}

/**
 * The citation of a figure: its as-of date and the first source published on or after it.
 * @example figureCitation(fact, core) === '(as of 29 Mar 2024, AA)'
 */
export function figureCitation(fact: Fact, core: FactCore, m: Messages = messages()): string {
  if (!fact.figure) return citation(fact, core, m);
  const asOf = fact.figure.asOf;
  const sources = fact.sources.map((id) => core.sources.get(id)).filter((s): s is Source => s !== undefined);
  const s = sources.filter((x) => x.date >= asOf).sort((a, b) => cmp(a.date, b.date))[0] ?? sources[0];
  return m.asOf(asOf, s?.outlet);
}
