import type { Source } from './types.js';

/**
 * Parses the citation list that follows the seed article ("Title". Outlet. Date. style, run together on one
 * line) into Source records. Pure; `scripts/parse-sources.ts` runs it and writes `facts/sources.yaml`.
 *
 * The list is not delimited, so a citation ends at its "Retrieved <date>." or where a field that cannot belong
 * to it (a new quoted title, an author) follows its date. Explanatory footnotes mixed into the list are
 * removed first and reported, so a person can check them.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const DATE = String.raw`\d{1,2} (?:${MONTHS.join('|')}) \d{4}`;
const LANGUAGES: Record<string, string> = {
  Arabic: 'ar', Azerbaijani: 'az', Belarusian: 'be', Kyrgyz: 'ky', Russian: 'ru', Spanish: 'es', Tajik: 'tg',
};

/** Footnotes and navigation text that sit between citations; they are not sources. */
const NOTES: RegExp[] = [
  /Abu Hudayfah in this speech while praising Moscow attack claims involvement of ISKP /,
  /The officer who cut off Rachabalizoda's ear[^]*?who facilitated the sale\. /,
  /Wikimedia Commons has media related to Crocus City Hall attack\. /,
  /\{\{cite news\}\}:[^(]*\(help\) /,
];

/** The outlet of a citation that names none. A fact may cite it, but not as its first source. */
export const UNNAMED_OUTLET = 'Unknown outlet';

export interface ParsedCitations {
  sources: Source[];
  /** Human-readable lines about what needed care: removed notes, undated entries, repaired fields. */
  notes: string[];
}

/** Turns "23 March 2024" into "2024-03-23". */
export function isoFromHuman(date: string): string {
  const m = new RegExp(`^(\\d{1,2}) (\\w+) (\\d{4})$`).exec(date.trim());
  if (!m) throw new Error(`not a date: ${date}`);
  const month = MONTHS.indexOf(m[2] as string) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
}

/** Index just past the closing quote of a title that opens at `start`, or -1. Inner quotes come in pairs. */
function titleEnd(text: string, start: number): number {
  let inner = 0;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const next = text.slice(i + 1, i + 3);
    if (inner % 2 === 0 && (next.startsWith('. ') || next === ' [' || next.startsWith('.') || next === ' (')) {
      return i + 1;
    }
    inner++;
  }
  return -1;
}

interface Draft {
  authors: string[];
  title: string;
  titleTranslated?: string;
  outlet?: string;
  language?: string;
  published?: string;
  publishedByAuthor?: boolean;
  archived?: string;
  retrieved?: string;
  via?: string;
}

function parseAuthors(prefix: string, draft: Draft): void {
  const p = prefix.trim().replace(/\.$/, '');
  if (!p) return;
  const dated = /^(.*?) \(([^)]*)\)$/.exec(p);
  const names = dated ? (dated[1] as string) : p;
  if (dated && new RegExp(`^${DATE}$`).test(dated[2] as string)) {
    draft.published = isoFromHuman(dated[2] as string);
    draft.publishedByAuthor = true;
  }
  draft.authors = names
    .replace(/, ed$/, '')
    .split('; ')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Index of the "]" that closes the "[" at `open`, allowing nested brackets. */
function bracketEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return text.length;
}

/** Reads one field up to ". " (or the end), skipping dots inside brackets. */
function readField(text: string, at: number): { field: string; next: number } {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '.' && depth === 0 && (text[i + 1] === ' ' || i + 1 === text.length)) {
      return { field: text.slice(at, i).trim(), next: i + 2 };
    }
  }
  return { field: text.slice(at).trim(), next: text.length };
}

/** Applies one field after the title; returns false when the field starts the next citation. */
function applyField(field: string, draft: Draft): boolean {
  const datePattern = new RegExp(`^${DATE}$`);
  const archived = new RegExp(`^Archived from the original on (${DATE})$`).exec(field);
  if (archived) return (draft.archived = isoFromHuman(archived[1] as string)), true;
  if (/^ISSN /.test(field) || field === '4') return true;
  if (datePattern.test(field)) {
    if (draft.published && !draft.publishedByAuthor) return false;
    draft.publishedByAuthor = false;
    draft.published = isoFromHuman(field);
    return true;
  }
  // An author with a date ("Roth, Andrew (22 March 2024)") always opens the next citation.
  if (new RegExp(`\\(${DATE}\\)$`).test(field)) return false;
  if (draft.archived || (draft.published && !draft.publishedByAuthor)) return false;
  const tweet = field.replace(/\(Tweet\)\s*/, '');
  const lang = /\(in (\w+)\)/.exec(tweet);
  if (lang) draft.language = LANGUAGES[lang[1] as string] ?? (lang[1] as string).toLowerCase();
  const via = /– via (.+)$/.exec(tweet);
  if (via) draft.via = via[1];
  const name = tweet.replace(/\(in \w+\)/, '').replace(/– via .+$/, '').trim();
  if (name && !draft.outlet) draft.outlet = name;
  return true;
}

const CYRILLIC: Record<string, string> = Object.fromEntries(
  [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяӣӯқғҳҷυ'].map((ch, i) => [
    ch,
    ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'f',
      'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya', 'i', 'u', 'q', 'gh', 'h', 'j', 'u'][i] as string,
  ]),
);

function slug(s: string, words: number): string {
  return [...s.toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

/** Parses the citation list (the text after the article). */
export function parseCitations(text: string): ParsedCitations {
  const notes: string[] = [];
  let body = text;
  for (const re of NOTES) {
    const m = re.exec(body);
    if (m) {
      notes.push(`removed a note that is not a citation: "${m[0].trim().slice(0, 90)}…"`);
      body = body.replace(re, '');
    }
  }
  const drafts: Draft[] = [];
  let at = 0;
  while (at < body.length) {
    const quote = body.indexOf('"', at);
    if (quote < 0) break;
    const draft: Draft = { authors: [], title: '' };
    parseAuthors(body.slice(at, quote), draft);
    const end = titleEnd(body, quote);
    if (end < 0) {
      notes.push(`unterminated title at "${body.slice(quote, quote + 60)}…"`);
      break;
    }
    draft.title = body.slice(quote + 1, end - 1).trim();
    at = end;
    if (body.startsWith(' [', at)) {
      const close = bracketEnd(body, at + 1);
      draft.titleTranslated = body.slice(at + 2, close);
      at = close + 1;
    }
    at = body[at] === '.' ? at + 1 : at;
    while (at < body.length) {
      while (body[at] === ' ') at++;
      if (body[at] === '"') break;
      const { field, next } = readField(body, at);
      const retrieved = new RegExp(`^Retrieved (${DATE})(?: – via (.+))?$`).exec(field);
      if (retrieved) {
        draft.retrieved = isoFromHuman(retrieved[1] as string);
        if (retrieved[2]) draft.via = retrieved[2];
        at = next;
        break;
      }
      if (!applyField(field, draft)) break;
      at = next;
    }
    drafts.push(draft);
  }
  return { sources: toSources(drafts, notes), notes };
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function toSources(drafts: Draft[], notes: string[]): Source[] {
  const sources: Source[] = [];
  const seen = new Map<string, number>();
  for (const d of drafts) {
    const archivedOrRetrieved = [d.archived, d.retrieved].filter(Boolean).sort()[0];
    if (d.published && archivedOrRetrieved && daysBetween(d.published, archivedOrRetrieved) > 300) {
      notes.push(`publication date ${d.published} is long before its archive date ${archivedOrRetrieved}; read as a typo: "${d.title.slice(0, 60)}"`);
      d.published = undefined;
    }
    const dated = d.published ?? archivedOrRetrieved;
    if (!dated) {
      notes.push(`skipped an undated entry with no outlet date: "${d.title.slice(0, 80)}"`);
      continue;
    }
    const basis = d.published ? 'published' : dated === d.archived ? 'archived' : 'retrieved';
    if (basis !== 'published') notes.push(`no publication date, used the ${basis} date ${dated}: "${d.title.slice(0, 70)}"`);
    let outlet = (d.outlet ?? d.via ?? '').replace(/^the /, 'The ');
    // A tweet's outlet is its author's account.
    if (outlet === 'Twitter' && d.authors[0]) outlet = `${d.authors[0]} (Twitter)`;
    if (!outlet) {
      outlet = UNNAMED_OUTLET;
      notes.push(`no outlet named: "${d.title.slice(0, 70)}"`);
    }
    const titleForId = d.titleTranslated ?? d.title;
    const base = `${slug(outlet, 3)}-${dated}-${slug(titleForId, 5)}`.replace(/-+$/, '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const source: Source = {
      id: n === 1 ? base : `${base}-${n}`,
      outlet,
      title: d.title,
      date: dated,
      dateBasis: basis,
    };
    if (d.authors.length) source.authors = d.authors;
    if (d.language) source.language = d.language;
    if (d.titleTranslated) source.titleTranslated = d.titleTranslated;
    if (d.via) source.via = d.via;
    sources.push(source);
  }
  return sources;
}

/** Splits the seed file into the article and the citation list that follows it. */
export function splitSeed(seed: string): { article: string; citations: string } {
  const marker = seed.search(/"تنظيم "الدولة"/);
  if (marker < 0) throw new Error('seed: could not find the start of the citation list');
  return { article: seed.slice(0, marker), citations: seed.slice(marker) };
}
