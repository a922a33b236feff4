import { sourceRefs } from './cite.js';
import type { Fact, FactCore, SourceRef, Topic } from './types.js';

/** One fact as `briefing facts --json` prints it; other tools rely on these exact keys, in this order. */
export interface FactRecord {
  id: string;
  text: string;
  date: string;
  sources: SourceRef[];
  contested: boolean;
  graphic: boolean;
  topics: Topic[];
}

/**
 * The dump record of a fact, with its sources resolved to `{id, outlet, title, date}`.
 * @example JSON.stringify(factRecord(fact, core)) // {"id":"resp-amaq-claim","text":"...","date":"2024-03-22","sources":[...],...}
 */
export function factRecord(fact: Fact, core: FactCore): FactRecord {
  return {
    id: fact.id,
    text: fact.text,
    date: fact.date,
    sources: sourceRefs(fact, core),
    contested: fact.contested,
    graphic: fact.graphic,
    topics: [...fact.topics],
  };
}
