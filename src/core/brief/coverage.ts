import type { Fact } from '../types.js';
import type { EngineContext } from './context.js';
import { synonymsOf } from './cues.js';
import { editDistance } from '../search/fuzzy.js';
import type { ContentTerm, Understanding } from './understand.js';
import type { NameKind } from '../search/english-data.js';

/**
 * How much of a question one fact answers.
 * @example { covered: 2, required: 3, supported: true, missing: [1] } // one required word not in the fact
 */
export interface Coverage {
  /** Required words and names of the question that the fact covers. */
  covered: number;
  required: number;
  /** The fact carries one of the question's topics or cue words. */
  supported: boolean;
  /** Indexes (into content) of the words left uncovered. */
  missing: readonly number[];
  /** Weight of the question's content words that the fact covers, and of all of them (see `weighWord`). */
  weightCovered: number;
  weightTotal: number;
  /** Names, numbers and rare words left uncovered: any one of them means the fact does not answer. */
  mustMissing: number;
}

/** Whether a term shares its first `letters` letters (as transliterated) with one of a fact's terms. */
export function sharesStem(term: string, terms: readonly string[], letters = 6): boolean {
  if (term.length < letters) return false;
  const stem = term.slice(0, letters);
  return terms.some((t) => t.length >= letters && t.startsWith(stem));
}

/** Shared by every coverage that misses nothing: `missing` is only read. */
const NONE_MISSING: readonly number[] = Object.freeze([]);

function hasAll(terms: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const t of list) if (!terms.has(t)) return false;
  return true;
}

function firstIn(terms: ReadonlySet<string>, list: readonly string[]): string | undefined {
  for (const t of list) if (terms.has(t)) return t;
  return undefined;
}

function tagged(fact: Fact, ids: readonly string[]): boolean {
  for (const id of ids) if (fact.entities.includes(id)) return true;
  return false;
}

function hasTerm(terms: ReadonlySet<string>, t: string): boolean {
  if (terms.has(t)) return true;
  for (const s of synonymsOf(t)) if (terms.has(s)) return true;
  return false;
}

/**
 * Whether a fact names someone or something of the kind asked for that the question does not name itself:
 * "which official" is answered by a fact naming Sobyanin, "which country" by one naming France.
 */
export function namesKind(fact: Fact, kind: NameKind, u: Understanding, ctx: EngineContext): boolean {
  const asked = new Set(u.entities.flatMap((m) => m.ids));
  return fact.entities.some((id) => {
    if (asked.has(id) || ctx.frameEntityIds.has(id)) return false;
    const k = ctx.resolver.get(id)?.kind;
    return kind === 'person' ? k === 'person' : k !== undefined && k !== 'person' && k !== 'event';
  });
}

/**
 * Checks which of the question's content words and names a fact covers. A misspelt word (one that occurs
 * nowhere in the facts) may be covered by a near spelling, but only when that spelling is a name, or when
 * the same fact also matches the question some other way: "Petrov" alone must not find "petrol".
 */
export function coverage(fact: Fact, u: Understanding, ctx: EngineContext): Coverage {
  const terms = ctx.index.terms(fact.id, u.russian);
  const has = ctx.index.termSet(fact.id, u.russian);
  // Russian names of entities are among their other names: to a Russian question they are the fact's words.
  const otherNames = ctx.index.otherNameTerms(fact.id);
  // A question's topics decide support; its cue words only when it has no topic ("missing" must not find "Miss Universe").
  let supported = false;
  if (u.topics.size > 0) {
    for (const t of fact.topics) if (u.topics.has(t)) supported = true;
  } else for (const t of u.cueTerms) if (has.has(t)) supported = true;
  let covered = 0;
  let exactHits = 0;
  let weightCovered = 0;
  let weightTotal = 0;
  let mustMissing = 0;
  /** `typo`: the near term is one edit from the word (a misspelling), not a longer form of it or two edits off. */
  let fuzzyHits: { index: number; name: boolean; typo: boolean }[] | undefined;
  // Run for every fact found for every question: loops rather than callbacks, and arrays only when needed.
  let missing: number[] | undefined;

  let namesMissing = 0;
  for (const m of u.entities) {
    if (tagged(fact, m.ids) || hasAll(has, m.terms)) {
      covered++;
      exactHits++;
    } else {
      (missing ??= []).push(-1);
      namesMissing++;
    }
  }
  // Of three names or more, one may only describe another ("Navalny's associate Zhdanov"): it may go uncovered.
  mustMissing += u.entities.length >= 3 ? Math.max(0, namesMissing - 1) : namesMissing;
  for (let i = 0; i < u.content.length; i++) {
    const c = u.content[i] as ContentTerm;
    weightTotal += c.weight;
    if ((hasTerm(has, c.term) && (u.russian || c.asksName !== undefined || !otherNames.has(c.term))) || (c.titleOf && tagged(fact, c.titleOf))) {
      covered++;
      exactHits++;
      weightCovered += c.weight;
      continue;
    }
    // Russian derives words by suffixes Snowball keeps ("обрушении", "обрушилась"): a shared beginning of six
    // letters is the same word.
    if (u.russian && /\p{Script=Cyrillic}/u.test(c.raw) && sharesStem(c.term, terms)) {
      covered++;
      weightCovered += c.weight;
      continue;
    }
    if (!c.known) {
      const near = firstIn(has, c.near);
      if (near) {
        (fuzzyHits ??= []).push({ index: i, name: ctx.nameTerms.has(near), typo: editDistance(c.term, near, 1) <= 1 });
        continue;
      }
    }
    // A name of the kind asked for covers the word ("which official": Sobyanin), at half its weight: it may be one
    // of another trade ("which architect").
    if (c.asksName && namesKind(fact, c.asksName, u, ctx)) {
      covered++;
      weightCovered += c.weight / 2;
      continue;
    }
    // WordNet's synonyms ("kid" for "child") cover a plain word at half its weight.
    if (!c.must && firstIn(has, c.wordnet) !== undefined) weightCovered += c.weight / 2;
    else if (c.must) mustMissing++;
    (missing ??= []).push(i);
  }
  if (fuzzyHits) for (const f of fuzzyHits) {
    const c = u.content[f.index];
    // A long word one letter off ("ringleeder") is that word; a short one ("Petrov") may be another.
    if (f.name || exactHits > 0 || supported || (f.typo && (c?.raw.length ?? 0) >= 8)) {
      covered++;
      weightCovered += c?.weight ?? 0;
    } else {
      (missing ??= []).push(f.index);
      if (c?.must) mustMissing++;
    }
  }
  return { covered, required: u.entities.length + u.content.length, supported, missing: missing ?? NONE_MISSING, weightCovered, weightTotal, mustMissing };
}
