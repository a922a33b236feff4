/** Limits every briefing keeps, whatever the question. Adapters rely on them to fit platform limits. */
export const LIMITS = {
  /** Items per briefing. */
  items: 5,
  /** Characters of `Briefing.text`. */
  text: 1800,
  /** Characters of a question that are read; the rest is cut off with a note. */
  query: 500,
} as const;
