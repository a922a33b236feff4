import { about } from './brief/about.js';
import { answer } from './brief/answer.js';
import { buildContext, type EngineContext } from './brief/context.js';
import { factSources } from './brief/fact-sources.js';
import { prepareOverview } from './brief/overview.js';
import { timeline } from './brief/timeline.js';
import type { Terms } from './search/fact-terms.js';
import type { Briefing, FactCore } from './types.js';

/**
 * The briefing engine: a fact core plus its search index. Pure: no I/O, no clock, no platform SDK.
 * `createEngine(core)` builds it once at start-up.
 */
export interface Engine {
  readonly core: FactCore;
  /** A question in, a short sourced briefing out (or an abstention). */
  brief(query: string): Briefing;
  /** The timeline, of the whole event or of one day (`date` as people type it: "23 March", "2024-03-23"). */
  timeline(date?: string): Briefing;
  /** The full citations of one fact. */
  sources(factId: string): Briefing;
  /** What the bot covers: fact count, date of the newest source. */
  about(): Briefing;
}

/**
 * Builds the engine: indexes the facts and their entities once; every call after is pure and synchronous.
 * `terms`: a seeded memo of index terms (see compiled-core.ts), so a start from `dist/` stems nothing twice.
 * @example const engine = createEngine(loadFactCore('facts')); engine.brief('How many people were killed?').text
 */
export function createEngine(core: FactCore, terms?: Terms): Engine {
  const ctx: EngineContext = buildContext(core, terms);
  prepareOverview(ctx);
  return {
    core,
    brief: (query) => answer(String(query ?? ''), ctx),
    timeline: (date) => timeline(date, ctx),
    sources: (factId) => factSources(String(factId ?? ''), ctx),
    about: () => about(ctx),
  };
}
