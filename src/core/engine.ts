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
