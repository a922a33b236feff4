import { figureCitation, sourceRefs } from './cite.js';
import { factHash } from './digest-hash.js';
import { keyFigures, localDate, newestFirst, onThisDay, overviewFacts } from './digest-select.js';
import { factText } from './in-language.js';
import type { Lang } from './lang.js';
import { messages, type Messages } from './messages/index.js';
import type { BriefingItem, Digest, DigestSection, Fact, FactCore, Figure } from './types.js';

/** What the channel was last sent: when, and the content hash of every fact it was sent as knowing. */
export interface LastDelivery {
  at: Date;
  hashes: Readonly<Record<string, string>>;
}

/** Per-subscription settings for building a digest. */
export interface DigestOptions {
  /** IANA time zone of the subscription: decides which day "on this day" is. */
  timeZone: string;
  /** The language of the channel's digests; English when absent. */
  lang?: Lang;
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

function figureLine(facts: readonly Fact[], core: FactCore, m: Messages): string {
  const parts = facts.map((fact) => `${m.digest.figure(fact.figure as Figure)} ${figureCitation(fact, core, m)}`);
  return parts.length > 0 ? m.digest.keyFigures(parts) : '';
}

function toItem(fact: Fact, core: FactCore, lang: Lang): BriefingItem {
  const item: BriefingItem = { id: fact.id, text: factText(fact, lang), date: fact.date, sources: sourceRefs(fact, core).slice(0, DIGEST_LIMITS.sources) };
  if (fact.contested) item.contested = true;
  return item;
}

/** Fills sections in order, each fact at most once and at most DIGEST_LIMITS.items in all. */
function sections(core: FactCore, lang: Lang, parts: ReadonlyArray<[heading: string, facts: readonly Fact[], max: number]>): DigestSection[] {
  const shown = new Set<string>();
  const out: DigestSection[] = [];
  for (const [heading, facts, max] of parts) {
    const room = DIGEST_LIMITS.items - shown.size;
    const picked = facts.filter((f) => !shown.has(f.id)).slice(0, Math.min(max, room));
    for (const f of picked) shown.add(f.id);
    if (picked.length > 0) out.push({ heading, items: picked.map((f) => toItem(f, core, lang)) });
  }
  return out;
}

function clip(text: string): string {
  return text.length <= DIGEST_LIMITS.text ? text : `${text.slice(0, DIGEST_LIMITS.text - 1).trimEnd()}…`;
}

/**
 * What a channel's next digest says. Pure: the clock and the channel's last delivery are passed in.
 * - First digest (`last` undefined): a short overview, key figures and a few key facts, not every fact.
 * - Later: facts added or revised since `last` (by id and content hash), the current key figures and what
 *   happened on this day in 2024 (in the subscription's time zone).
 * - Nothing added or revised: `unchanged: true`, one line of text and no sections.
 * Graphic facts are left out. `hashes` covers every fact shown or not, to record as delivered. The text is in
 * `options.lang` (items from the facts' Russian text in Russian), and the digest says its language when not English.
 * @example buildDigest(core, undefined, new Date('2025-03-22T09:00:00Z'), { timeZone: 'Europe/Moscow' }).title
 *   === 'Crocus City Hall attack: overview'
 */
export function buildDigest(core: FactCore, last: LastDelivery | undefined, now: Date, options: DigestOptions): Digest {
  const lang = options.lang ?? 'en';
  const digest = compile(core, last, now, options.timeZone, lang);
  return lang === 'en' ? digest : { ...digest, lang };
}

function compile(core: FactCore, last: LastDelivery | undefined, now: Date, timeZone: string, lang: Lang): Digest {
  const m = messages(lang);
  const d = m.digest;
  const facts = core.facts.filter((f) => !f.graphic);
  const hashes: Record<string, string> = {};
  for (const f of facts) hashes[f.id] = factHash(f);
  const today = localDate(now, timeZone);
  const figures = keyFigures(facts, today);
  const anniversary = onThisDay(facts, today);
  const L = DIGEST_LIMITS.section;

  if (last === undefined) {
    const text = [d.overviewIntro, figureLine(figures, core, m), d.overviewOutro];
    const parts: Array<[string, readonly Fact[], number]> = [
      [d.sections.keyFigures, figures, L.figures],
      [d.sections.keyFacts, overviewFacts(facts), L.keyFacts],
      [d.sections.onThisDay, anniversary, L.onThisDay],
    ];
    return { title: d.overviewTitle, text: clip(text.filter(Boolean).join(' ')), sections: sections(core, lang, parts), unchanged: false, hashes };
  }

  const added = facts.filter((f) => last.hashes[f.id] === undefined).sort(newestFirst);
  const revised = facts.filter((f) => last.hashes[f.id] !== undefined && last.hashes[f.id] !== hashes[f.id]).sort(newestFirst);
  const since = m.shortDate(localDate(last.at, timeZone));
  if (added.length === 0 && revised.length === 0) {
    return { title: d.noChangesTitle, text: d.noChanges(since), sections: [], unchanged: true, hashes };
  }

  const parts: Array<[string, readonly Fact[], number]> = [
    [d.sections.new, added, L.new],
    [d.sections.revised, revised, L.revised],
    [d.sections.keyFigures, figures, L.figures],
    [d.sections.onThisDay, anniversary, L.onThisDay],
  ];
  const built = sections(core, lang, parts);
  const shownNew = built.find((s) => s.heading === d.sections.new)?.items.length ?? 0;
  const shownRevised = built.find((s) => s.heading === d.sections.revised)?.items.length ?? 0;
  const hidden = added.length - shownNew + (revised.length - shownRevised);
  const text = [d.counts(added.length, revised.length, since), hidden > 0 ? d.hidden(hidden) : '', figureLine(figures, core, m)];
  return { title: d.title(added.length, revised.length), text: clip(text.filter(Boolean).join(' ')), sections: built, unchanged: false, hashes };
}
