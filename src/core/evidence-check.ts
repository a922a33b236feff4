import { englishFigures } from './translation-check.js';
import type { Fact, FactCore } from './types.js';

/**
 * Checks that a fact rests on the article: each `evidence` passage occurs in it, or in a citation's title for a
 * fact that rests on one alone (`article` is the folded seed; case, spacing, quote marks and dashes folded) and stays short of the copy check's length, and every number and date of the fact's text and
 * figure is in its evidence or in its sources' titles. A figure the article gives only in parts is declared with
 * `derived: { sum: [...] }`: each part must be in the evidence, and the parts must add up to the figure.
 * @example evidenceProblems(fact, foldArticle(article), core) // [['evidence', 'lacks "144" of the text']]
 */
export function evidenceProblems(fact: Fact, article: string, core: FactCore): [field: string, detail: string][] {
  const out: [string, string][] = [];
  const evidence = fact.evidence ?? [];
  if (evidence.length === 0) return [['evidence', 'needs at least one passage of the article']];
  for (const span of evidence) {
    const words = span.trim().split(/\s+/).length;
    if (words >= EVIDENCE_WORDS) out.push(['evidence', `passage of ${words} words is too long (at most ${EVIDENCE_WORDS - 1}): "${span}"`]);
    if (!article.includes(fold(span))) out.push(['evidence', `passage not in the article or its citations: "${span}"`]);
  }
  const backed = new Set([...englishFigures(withNumerals(evidence.join(' ; '))), ...fact.sources.flatMap((id) => [...englishFigures(withNumerals(core.sources.get(id)?.title ?? ''))])]);
  const claimed = new Set(englishFigures(millions(fact.text)));
  if (fact.figure) claimed.add(String(fact.figure.value));
  if (fact.derived) {
    const total = fact.derived.sum.reduce((a, b) => a + b, 0);
    if (!fact.figure || total !== fact.figure.value) out.push(['derived', `parts add up to ${total}, not to the figure ${fact.figure?.value ?? '(none)'}`]);
    for (const part of fact.derived.sum) if (!backed.has(String(part))) out.push(['derived', `part ${part} is not in the evidence`]);
    claimed.delete(String(total));
  }
  for (const value of claimed) {
    if (!backed.has(value)) out.push(['evidence', `lacks ${value.startsWith('date:') ? `the date ${value.slice(5)}` : `"${value}"`} of the fact's text or figure`]);
  }
  return out;
}

/** A passage this many words long would be a copy (src/core/copy-check.ts): evidence stays under it. */
const EVIDENCE_WORDS = 12;

/** Text folded for comparison: lower case, one space, straight quotes, plain hyphens. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "1 million" as 1000000, in a fact's text as in its evidence. */
function millions(text: string): string {
  return text.replace(/\b(\d+(?:\.\d+)?)\s+million\b/gi, (_m, n: string) => String(Math.round(Number(n) * 1_000_000)));
}

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * Numbers as the article and titles write them, read as digits: "three from Belarus" as 3, "the ninth suspect" as
 * 9, "1 million rubles" and "1.5 million" as 1000000 and 1500000.
 */
function withNumerals(text: string): string {
  return millions(text)
    .replace(new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'gi'), (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase())))
    .replace(new RegExp(`\\b(${ORDINALS.join('|')})\\b`, 'gi'), (w) => String(ORDINALS.indexOf(w.toLowerCase())));
}
