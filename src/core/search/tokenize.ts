import { basicFold } from './normalize.js';

/**
 * Splits text into lower-case word tokens. Letters of any script and digits are kept (Cyrillic names,
 * years, "144"); thousands separators are dropped ("12,900" -> "12900"); a hyphenated or dashed word yields
 * its parts and the joined form ("IS-KP" -> "is", "kp", "iskp"), so "ISKP", "IS-KP" and "IS–KP" meet.
 * @example tokenize("IS–KP's video, 12,900 m2") // ['is', 'kp', 'iskp', 'video', '12900', 'm2']
 */
export function tokenize(text: string): string[] {
  return tokenizeDetailed(text).map((t) => t.text);
}

/** A token, and whether it is the joined form of a hyphenated word (searched, but not a word of its own). */
export interface Token {
  text: string;
  joined: boolean;
}

/** Like `tokenize`, but marks the joined forms of hyphenated words. */
export function tokenizeDetailed(text: string): Token[] {
  const folded = basicFold(text)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  const out: Token[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    const word = m[0].replace(/'s$/, '');
    if (!word.includes('-') && !word.includes("'")) {
      out.push({ text: word, joined: false });
      continue;
    }
    const parts = word.split(/['-]/).filter(Boolean);
    for (const p of parts) out.push({ text: p, joined: false });
    out.push({ text: parts.join(''), joined: true });
  }
  return out;
}
