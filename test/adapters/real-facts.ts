import { createEngine, type Engine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import type { FactCore } from '../../src/core/types.js';

let engine: Engine | undefined;

/** The real engine on the real facts in facts/, built once per test file (about half a second). */
export function realEngine(): Engine {
  engine ??= createEngine(loadFactCore('facts'));
  return engine;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * How each source of a fact should be named next to it, read from the fact core (not from a renderer):
 * outlet and publication date, as both chat adapters show them.
 * @example sourceNames(core, 'toll-144-29-march') // ['AA, 29 Mar 2024', 'TASS, 29 Mar 2024']
 */
export function sourceNames(core: FactCore, factId: string): string[] {
  const fact = core.factsById.get(factId);
  if (!fact) throw new Error(`no fact "${factId}" in the real fact core`);
  return fact.sources.map((id) => {
    const source = core.sources.get(id);
    if (!source) throw new Error(`fact "${factId}" cites unknown source "${id}"`);
    return `${source.outlet}, ${DAY.format(new Date(`${source.date}T00:00:00Z`))}`;
  });
}
