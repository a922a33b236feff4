/**
 * Finds runs of `n` or more words that a fact copies from the seed article outside quotation marks.
 * Comparison ignores case and punctuation. Text inside "..." or “...” is a quotation and is not checked.
 */

const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/g;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every n-word run of the article, joined by spaces, for O(1) look-up. */
export function articleRuns(article: string, n = 12): Set<string> {
  const w = words(article);
  const runs = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  return runs;
}

/** The first copied run in `text` (outside quotes), or undefined. */
export function findCopiedRun(text: string, runs: ReadonlySet<string>, n = 12): string | undefined {
  for (const segment of text.split(QUOTED)) {
    const w = words(segment);
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).join(' ');
      if (runs.has(run)) return run;
    }
  }
  return undefined;
}
