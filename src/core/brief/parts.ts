/**
 * Splits a question in more than one part into its parts, each to be answered on its own: "who were the
 * gunmen and where were they from?", "how did the first toll compare with the last one?", "was it deadlier
 * than Beslan?". A part with no subject of its own ("where were they from") borrows the words of the part
 * before it; a comparison with a side that has none ("the first toll compared with the final one") stays whole.
 * A question with one part comes back whole.
 * @example questionParts('Who were the gunmen and where were they from?') // ['Who were the gunmen', 'where were they from Who were the gunmen']
 */
export function questionParts(question: string, hasSubject: (part: string) => boolean): string[] {
  const asked = question.trim().split(NEXT);
  // Questions joined by "and": a part with no subject borrows the one before it ("where were they from").
  if (asked.length > 1) {
    const parts = clean(asked);
    const out = parts.map((p, i) => (i > 0 && !hasSubject(p) ? `${p} ${parts[i - 1]}` : p));
    return out.length < 2 ? [question] : [...new Set(out)].slice(0, MAX_PARTS);
  }
  // Two sides compared: the second shares the first's question words; a side with no subject of its own
  // ("compared with the final one") means one thing is compared over time, which the question whole answers.
  const out = comparedSides(question);
  return out.length > 1 && out.every(hasSubject) ? [...new Set(out)].slice(0, MAX_PARTS) : [question];
}

/**
 * The two sides of a comparison, the second sharing the first's question words ("how many died at Crocus
 * compared with Beslan" -> "how many died at Crocus", "how many Beslan"); one side alone when it is none.
 */
export function comparedSides(question: string): string[] {
  const sides = clean(compared(question.trim()));
  if (sides.length < 2) return [question];
  const frame = FRAME.exec(sides[0] ?? '')?.[0] ?? '';
  return sides.map((p, i) => (i > 0 && frame && !FRAME.exec(p) ? `${frame} ${p}` : p));
}

function clean(parts: readonly string[]): string[] {
  return parts.map((p) => p.replace(/^[\s,;:–—-]+|[\s,;:?!.–—-]+$/g, '').trim()).filter((p) => /[\p{L}\p{N}]{2,}/u.test(p));
}

/** More parts than this is a list, not a question: the rest is dropped. */
const MAX_PARTS = 3;

/** The words a question opens with that say what kind of answer it wants; a comparison's second side shares them. */
const FRAME = /^(?:how many|how much|how|what|which|who|whom|when|where|why|did|was|were|is|are|do|does|has|have|had)\b/i;

/** Where a new question begins inside one: after "and", "but also", "also", ";" or a "?" with more to follow. */
const NEXT = /\s*(?:\?\s+|;\s*|,?\s+(?:and|and also|but also|also|plus)\s+)(?=(?:how|what|which|who|whom|when|where|why|did|was|were|is|are|do|does|has|have|had)\b)/i;

/** Two sides compared: "X compared with Y", "X vs Y", "compare X and/with/to Y". */
const VERSUS = /\s+(?:compared? (?:with|to)|in comparison (?:with|to)|versus|vs\.?)\s+/i;
const COMPARE = /^(?:please\s+)?compare\s+(.+?)\s+(?:with|to|and)\s+(.+)$/i;
/** "did more die at Crocus than at Beslan": one side before "than", the other after it. */
const THAN = /^(.*\b(?:more|less|fewer|[a-z]+er)\b.*?)\s+than\s+(.+)$/i;
/** "Which killed more: X or Y?", "who was older, X or Y": a choice between two named sides. */
const CHOICE = /^((?:which|who|whom|what)\b.*?)(?::|,)\s*(.+?)\s+or\s+(.+)$/i;

/** The sides of a comparison, or the question alone. */
function compared(q: string): string[] {
  const compare = COMPARE.exec(q);
  if (compare) return [compare[1] ?? '', compare[2] ?? ''];
  const versus = q.split(VERSUS);
  if (versus.length === 2) return versus;
  const choice = CHOICE.exec(q);
  if (choice) return [`${choice[1]} ${choice[2]}`, `${choice[1]} ${choice[3]}`];
  const than = THAN.exec(q);
  if (than && (than[2] ?? '').split(/\s+/).length <= 12) return [than[1] ?? '', than[2] ?? ''];
  return [q];
}
