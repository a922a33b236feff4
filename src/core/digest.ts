import { figureCitation, sourceRefs } from './cite.js';
import { formatShortDate } from './dates.js';
import { factHash } from './digest-hash.js';
import { keyFigures, localDate, newestFirst, onThisDay, overviewFacts } from './digest-select.js';
import type { BriefingItem, Digest, DigestSection, Fact, FactCore, Figure, FigureKind } from './types.js';

/** What the channel was last sent: when, and the content hash of every fact it was sent as knowing. */
export interface LastDelivery {
  at: Date;
  hashes: Readonly<Record<string, string>>;
}

/** Per-subscription settings for building a digest. */
export interface DigestOptions {
  /** IANA time zone of the subscription: decides which day "on this day" is. */
  timeZone: string;
}

/** Limits every digest keeps; adapters rely on them to fit platform limits. */
export const DIGEST_LIMITS = {
  /** Characters of `Digest.text`. */
  text: 1800,
  /** Items over all sections. */
  items: 10,
  /** Sources shown per item. */
  sources: 3,
  section: { new: 5, revised: 3, figures: 3, keyFacts: 4, onThisDay: 2 },
} as const;

const FIGURE_WORDS: Partial<Record<FigureKind, string>> = {
  deaths: 'killed',
  injured: 'injured',
  'children-killed': 'children killed',
  missing: 'missing',
  detained: 'detained',
  charged: 'charged',
};

function figureLine(facts: readonly Fact[], core: FactCore): string {
  const parts = facts.map((fact) => {
    const f = fact.figure as Figure;
    const n = f.value.toLocaleString('en-GB');
    const amount = f.qualifier && f.qualifier !== 'exactly' ? `${f.qualifier} ${n}` : n;
    return `${amount} ${FIGURE_WORDS[f.kind] ?? f.kind} ${figureCitation(fact, core)}`;
  });
  return parts.length > 0 ? `Key figures: ${parts.join('; ')}.` : '';
}

function toItem(fact: Fact, core: FactCore): BriefingItem {
  const item: BriefingItem = { id: fact.id, text: fact.text, date: fact.date, sources: sourceRefs(fact, core).slice(0, DIGEST_LIMITS.sources) };
  if (fact.contested) item.contested = true;
  return item;
}

/** Fills sections in order, each fact at most once and at most DIGEST_LIMITS.items in all. */
function sections(core: FactCore, parts: ReadonlyArray<[heading: string, facts: readonly Fact[], max: number]>): DigestSection[] {
  const shown = new Set<string>();
  const out: DigestSection[] = [];
  for (const [heading, facts, max] of parts) {
    const room = DIGEST_LIMITS.items - shown.size;
    const picked = facts.filter((f) => !shown.has(f.id)).slice(0, Math.min(max, room));
    for (const f of picked) shown.add(f.id);
    if (picked.length > 0) out.push({ heading, items: picked.map((f) => toItem(f, core)) });
  }
  return out;
}

function clip(text: string): string {
  return text.length <= DIGEST_LIMITS.text ? text : `${text.slice(0, DIGEST_LIMITS.text - 1).trimEnd()}…`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What a channel's next digest says. Pure: the clock and the channel's last delivery are passed in.
 * - First digest (`last` undefined): a short overview, key figures and a few key facts, not every fact.
 * - Later: facts added or revised since `last` (by id and content hash), the current key figures and what
 *   happened on this day in 2024 (in the subscription's time zone).
 * - Nothing added or revised: `unchanged: true`, one line of text and no sections.
 * Graphic facts are left out. `hashes` covers every fact shown or not, to record as delivered.
 * @example buildDigest(core, undefined, new Date('2025-03-22T09:00:00Z'), { timeZone: 'Europe/Moscow' }).title
 *   === 'Crocus City Hall attack: overview'
 */
export function buildDigest(core: FactCore, last: LastDelivery | undefined, now: Date, options: DigestOptions): Digest {
  const facts = core.facts.filter((f) => !f.graphic);
  const hashes: Record<string, string> = {};
  for (const f of facts) hashes[f.id] = factHash(f);
  const today = localDate(now, options.timeZone);
  const figures = keyFigures(facts, today);
  const anniversary = onThisDay(facts, today);
  const L = DIGEST_LIMITS.section;

  if (last === undefined) {
    const text = [
      "A short overview of the 22 March 2024 Crocus City Hall attack to start this channel's digests.",
      figureLine(figures, core),
      'Later digests list only what is new or revised.',
    ];
    const parts: Array<[string, readonly Fact[], number]> = [
      ['Key figures', figures, L.figures],
      ['Key facts', overviewFacts(facts), L.keyFacts],
      ['On this day in 2024', anniversary, L.onThisDay],
    ];
    return { title: 'Crocus City Hall attack: overview', text: clip(text.filter(Boolean).join(' ')), sections: sections(core, parts), unchanged: false, hashes };
  }

  const added = facts.filter((f) => last.hashes[f.id] === undefined).sort(newestFirst);
  const revised = facts.filter((f) => last.hashes[f.id] !== undefined && last.hashes[f.id] !== hashes[f.id]).sort(newestFirst);
  const since = formatShortDate(localDate(last.at, options.timeZone));
  if (added.length === 0 && revised.length === 0) {
    return { title: 'No changes', text: `No new or revised facts since the last digest (${since}).`, sections: [], unchanged: true, hashes };
  }

  const parts: Array<[string, readonly Fact[], number]> = [
    ['New', added, L.new],
    ['Revised', revised, L.revised],
    ['Key figures', figures, L.figures],
    ['On this day in 2024', anniversary, L.onThisDay],
  ];
  const built = sections(core, parts);
  const shownNew = built.find((s) => s.heading === 'New')?.items.length ?? 0;
  const shownRevised = built.find((s) => s.heading === 'Revised')?.items.length ?? 0;
  const counts = [added.length > 0 && plural(added.length, 'new fact', 'new facts'), revised.length > 0 && plural(revised.length, 'revised fact', 'revised facts')];
  const hidden = added.length - shownNew + (revised.length - shownRevised);
  const text = [
    `${counts.filter(Boolean).join(' and ')} since the last digest (${since}).`,
    hidden > 0 ? `The newest are shown; ${plural(hidden, 'more is', 'more are')} a question away.` : '',
    figureLine(figures, core),
  ];
  const title = `Crocus City Hall digest: ${[added.length > 0 && `${added.length} new`, revised.length > 0 && `${revised.length} revised`].filter(Boolean).join(', ')}`;
  return { title, text: clip(text.filter(Boolean).join(' ')), sections: built, unchanged: false, hashes };
}
