import type { Services } from '../../../commands/command.js';
import type { Engine } from '../../../src/core/engine.js';
import type { Briefing, Digest, FactCore, Source } from '../../../src/core/types.js';

const bbc: Source = {
  id: 'bbc-news-2024-03-23-gunmen-kill',
  outlet: 'BBC News',
  title: 'Gunmen kill 133 at Moscow concert hall',
  date: '2024-03-23',
  dateBasis: 'published',
};
const aa: Source = {
  id: 'anadolu-2024-03-29-toll-144',
  outlet: 'Anadolu Agency',
  title: 'Death toll in Moscow concert hall attack rises to 144',
  date: '2024-03-29',
  dateBasis: 'published',
};

/** A two-source fact core; the newest source is dated 29 March 2024. */
export const core: FactCore = {
  facts: [],
  sources: new Map([
    [bbc.id, bbc],
    [aa.id, aa],
  ]),
  entities: [],
  factsById: new Map(),
};

const unused = (): never => {
  throw new Error('the adapter tests use fixed commands, not the engine');
};

/** Services for the adapter: the test commands answer fixed Replies, so only `engine.core` is read. */
export const services: Services = {
  engine: { core, brief: unused, timeline: unused, sources: unused, about: unused } satisfies Engine,
};

const ref = (s: Source) => ({ id: s.id, outlet: s.outlet, title: s.title, date: s.date });

/** The answer to "who claimed the attack?". */
export function claimBriefing(query: string): Briefing {
  return {
    query,
    answered: true,
    title: 'Who claimed the attack',
    text: 'Islamic State claimed responsibility on 22 March 2024 (BBC News).',
    items: [
      {
        id: 'is-claim',
        text: 'Islamic State claimed responsibility for the attack through its Amaq news agency.',
        date: '2024-03-22',
        sources: [ref(bbc)],
      },
      {
        id: 'ukraine-link-claim',
        text: 'Russian officials alleged a Ukrainian link; Ukraine denied any involvement.',
        date: '2024-03-23',
        sources: [ref(bbc), ref(aa)],
        contested: true,
      },
    ],
  };
}

/** The full citations of one fact, as the `sources` command answers them. */
export function citationsBriefing(factId: string): Briefing {
  return {
    query: `sources ${factId}`,
    answered: true,
    title: `Sources for ${factId}`,
    text: `BBC News, "${bbc.title}", 23 March 2024.`,
    items: [],
  };
}

/** A digest with one section. */
export const weeklyDigest: Digest = {
  title: 'Crocus City Hall: what is new',
  text: 'One revised figure since the last digest.',
  sections: [{ heading: 'Revised', items: [{ id: 'toll-144', text: 'The death toll rose to 144.', date: '2024-03-29', sources: [ref(aa)] }] }],
  unchanged: false,
  hashes: { 'toll-144': 'abc' },
};
