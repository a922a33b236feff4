import type { Engine } from './engine.js';

/** An engine whose facts can be replaced while it serves: what SIGHUP reloads swap. */
export interface LiveEngine {
  /** Always answers from the engine swapped in last. */
  readonly engine: Engine;
  swap(next: Engine): void;
}

/**
 * Wraps an engine so a reload replaces it between two questions: each call reads the current engine once and
 * answers are synchronous, so no question is answered half from the old facts and half from the new.
 * @example const live = createLiveEngine(createEngine(core)); services.engine = live.engine; live.swap(createEngine(newCore));
 */
export function createLiveEngine(initial: Engine): LiveEngine {
  let current = initial;
  const engine: Engine = {
    get core() {
      return current.core;
    },
    brief: (query, options) => current.brief(query, options),
    timeline: (date, options) => current.timeline(date, options),
    sources: (factId, options) => current.sources(factId, options),
    about: (options) => current.about(options),
  };
  return {
    engine,
    swap(next) {
      current = next;
    },
  };
}
