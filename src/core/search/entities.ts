import SearchableMap from 'minisearch/SearchableMap';
import type { Entity } from '../types.js';
import { termsOf as termsOfText, type Terms } from './fact-terms.js';
import { allowedEdits, isNameTypo, swaps } from './fuzzy.js';
import { isNoise, STOPWORDS } from './stopwords.js';

/** One word of a question: as typed (lower case) and as an index term. */
export interface QueryToken {
  raw: string;
  term: string;
}

/**
 * A run of question words that names one or more entities ("Mirzoyev" names one; "Islomov" names three).
 * @example { ids: ['emmanuel-macron'], start: 2, end: 3, fuzzy: true, terms: ['makron'] } // from "what did macorn say"
 */
export interface EntityMatch {
  ids: string[];
  /** Token span [start, end). */
  start: number;
  end: number;
  /** True when a typo was forgiven. */
  fuzzy: boolean;
  /** The index terms of the name as the data spells it. */
  terms: string[];
}

interface Phrase {
  terms: string[];
  ids: Set<string>;
  /** Set when every word is a function word ("IS", "US"): then only the exact capitalised form counts. */
  exactForm?: string;
  /** An acronym ("NYT", "FSB"): only those letters count, in any case, never a word that stems onto them ("nite"). */
  acronym?: string;
}

/** Resolves names, variants, transliterations and typos in a question to entity ids. */
export interface EntityResolver {
  get(id: string): Entity | undefined;
  /** `isKnown` says whether a term occurs in the facts; only unknown words are treated as possible typos. */
  match(tokens: readonly QueryToken[], original: string, isKnown: (term: string) => boolean): EntityMatch[];
}

function namesOf(e: Entity): string[] {
  const names = [e.name, ...e.variants];
  // People are often called by surname alone; add it even when the data does not list it.
  if (e.kind === 'person') {
    const last = e.name.trim().split(/\s+/).pop();
    if (last && last.length >= 4) names.push(last);
  }
  return names;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a capitalised short form ("IS", "US") stands alone in the question, not inside "IS-KP". */
function exactFormIn(form: string, original: string): boolean {
  let re = exactForms.get(form);
  if (!re) {
    const word = String.raw`[\p{L}\p{N}]`;
    re = new RegExp(`(?<!${word}|${word}[-–])${escapeRegExp(form)}(?!${word}|[-–]${word})`, 'u');
    exactForms.set(form, re);
  }
  return re.test(original);
}
const exactForms = new Map<string, RegExp>();

/** A Russian word as written with a capital: a name, which declines ("Артёму", "Донскову"). */
const CAPITAL_CYRILLIC = /^\p{Lu}\p{Script=Cyrillic}/u;

/** The token as the question writes it (tokens are lower case): "Артёму", or the lower-case word if not found. */
function capitalOf(token: QueryToken, original: string): string {
  const at = original.toLowerCase().indexOf(token.raw);
  return at < 0 ? token.raw : original.slice(at, at + token.raw.length);
}

/** Builds the resolver once from the entity list (`termsOf` may be a shared memo of it, see `memoTerms`). */
export function createEntityResolver(entities: readonly Entity[], termsOf: Terms = termsOfText): EntityResolver {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byFirst = new SearchableMap<Phrase[]>();
  const byKey = new Map<string, Phrase>();
  for (const e of entities) {
    const frame = termsOf(e.name).every(isNoise);
    for (const name of namesOf(e)) {
      const terms = [...termsOf(name)];
      if (terms.length === 0) continue;
      // A variant made only of common words ("IS", "US", "Tak") names the entity only as typed, capitalised.
      const onlyFunctionWords = terms.every((t) => (frame ? STOPWORDS.has(t) : isNoise(t)));
      // An all-lower-case function-word variant ("is") would match every question; skip it.
      if (onlyFunctionWords && name === name.toLowerCase()) continue;
      const acronym = !onlyFunctionWords && /^[A-Z]{2,5}$/.test(name) ? name.toLowerCase() : undefined;
      const key = `${terms.join(' ')}${onlyFunctionWords ? `|${name}` : ''}${acronym ? `|acronym:${acronym}` : ''}`;
      let phrase = byKey.get(key);
      if (!phrase) {
        phrase = { terms, ids: new Set(), exactForm: onlyFunctionWords ? name : undefined, acronym };
        byKey.set(key, phrase);
        const first = terms[0] as string;
        byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
      }
      phrase.ids.add(e.id);
    }
  }

  // Fuzzy look-ups cost far more than exact ones, and questions repeat their words.
  const fuzzyMemo = new Map<string, Phrase[]>();
  function candidates(term: string, known: boolean, cyrillic: boolean): Phrase[] {
    // Russian names decline, and the stemmer may cut a case ending as an adjective's ("Артёму" -> "арт"): a
    // capitalised Russian word also names those whose first word begins with it, up to two letters on.
    const declined = cyrillic && term.length >= 3 ? [...byFirst.atPrefix(term)].filter(([key]) => key !== term && key.length - term.length <= 2).flatMap(([, p]) => p) : [];
    const exact = [...(byFirst.get(term) ?? []), ...declined];
    const edits = allowedEdits(term.length);
    if (known || edits === 0) return exact;
    const memo = fuzzyMemo.get(term);
    if (memo) return memo;
    if (fuzzyMemo.size >= 50_000) fuzzyMemo.clear();
    const out = [...exact];
    fuzzyMemo.set(term, out);
    for (const [key, [phrases]] of byFirst.fuzzyGet(term, edits)) if (key !== term && isNameTypo(term, key)) out.push(...phrases);
    // Swapped neighbours ("Macorn") are one typo, but two edits to the radix tree's Levenshtein search.
    for (const swapped of swaps(term)) out.push(...(byFirst.get(swapped) ?? []));
    return out;
  }

  return {
    get: (id) => byId.get(id),
    match(tokens, original, isKnown) {
      const out: EntityMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        let best: { phrase: Phrase; fuzzy: boolean } | undefined;
        const token = tokens[i] as QueryToken;
        for (const phrase of candidates(token.term, isKnown(token.term), CAPITAL_CYRILLIC.test(capitalOf(token, original)))) {
          if (i + phrase.terms.length > tokens.length) continue;
          let fuzzy = false;
          const ok = phrase.terms.every((t, k) => {
            const q = (tokens[i + k] as QueryToken).term;
            if (q === t) return true;
            if (CAPITAL_CYRILLIC.test(capitalOf(tokens[i + k] as QueryToken, original)) && q.length >= 3 && t.startsWith(q) && t.length - q.length <= 2) {
              fuzzy = true;
              return true;
            }
            if (isKnown(q) || !isNameTypo(q, t)) return false;
            fuzzy = true;
            return true;
          });
          if (!ok) continue;
          if (phrase.exactForm && !exactFormIn(phrase.exactForm, original)) continue;
          if (phrase.acronym && (tokens[i] as QueryToken).raw !== phrase.acronym) continue;
          const better =
            !best ||
            phrase.terms.length > best.phrase.terms.length ||
            (phrase.terms.length === best.phrase.terms.length && best.fuzzy && !fuzzy);
          if (better) best = { phrase, fuzzy };
        }
        if (best) {
          const { ids, terms } = best.phrase;
          out.push({ ids: [...ids], start: i, end: i + terms.length, fuzzy: best.fuzzy, terms });
          i += terms.length;
        } else i++;
      }
      return out;
    },
  };
}
