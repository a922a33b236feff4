import type { Fact } from '../types.js';
import type { EngineContext } from './context.js';
import { synonymsOf } from './cues.js';
import type { Understanding } from './understand.js';

/** How many of the best raw scores get the per-fact boosts before the final cut. */
const SHORTLIST = 300;

/** Known terms that can stand for each required word or name: a fact that answers holds one of each. */
function requiredGroups(u: Understanding, ctx: EngineContext): Int32Array[][] {
  const P = ctx.index.postings;
  const groups: Int32Array[][] = [];
  for (const c of u.content) {
    const terms = [c.term, ...synonymsOf(c.term), ...c.near];
    groups.push(terms.flatMap((t) => [P.own(t), P.meta(t)]).filter((p) => p.length > 0));
  }
  for (const m of u.entities) {
    const rarest = [...m.terms].sort((a, b) => P.own(a).length - P.own(b).length)[0];
    groups.push([...m.ids.map((id) => P.entity(id)), ...(rarest ? [P.own(rarest)] : [])].filter((p) => p.length > 0));
  }
  return groups.sort((a, b) => size(a) - size(b));
}

function size(group: readonly Int32Array[]): number {
  return group.reduce((n, p) => n + p.length, 0);
}

/**
 * Scores facts from typed posting lists: a fact must hold a term of every required group (conjunctive
 * candidates, smallest group first), then scores by the inverse document frequency of the question's terms
 * it holds (own words count fully, topic labels and outlets less), times `boost`. Returns the best facts
 * (positions in core.facts) with raw scores, best first. Cost grows with the postings read, not with the size of the corpus.
 */
export function rankByPostings(
  u: Understanding,
  terms: ReadonlyMap<string, number>,
  ctx: EngineContext,
  boost: (fact: Fact, i: number) => number,
  limit: number,
): { i: number; score: number }[] {
  const P = ctx.index.postings;
  const s = P.scratch;
  const gen = ++s.gen;
  const groups = requiredGroups(u, ctx);
  if (groups.some((g) => g.length === 0)) return [];
  // Facts met, in the order met: the scratch array, not a new one (a common word meets tens of thousands).
  const touched = s.touched;
  let met = 0;
  const G = groups.length;

  groups.forEach((group, gi) => {
    for (const list of group) {
      for (let k = 0; k < list.length; k++) {
        const doc = list[k] as number;
        if (s.seen[doc] !== gen) {
          if (gi !== 0) continue;
          s.seen[doc] = gen;
          s.count[doc] = 0;
          s.last[doc] = -1;
          s.score[doc] = 0;
          touched[met++] = doc;
        }
        if (s.last[doc] === gi || s.count[doc] !== gi) continue;
        s.last[doc] = gi;
        s.count[doc] = gi + 1;
      }
    }
  });

  const n = P.size;
  for (const [term, weight] of terms) {
    const idf = Math.log(1 + (n - ctx.index.df(term) + 0.5) / (ctx.index.df(term) + 0.5));
    for (const [list, fieldWeight] of [[P.own(term), 1], [P.meta(term), 0.4]] as const) {
      for (let k = 0; k < list.length; k++) {
        const doc = list[k] as number;
        if (s.seen[doc] !== gen) {
          if (G > 0) continue;
          s.seen[doc] = gen;
          s.count[doc] = 0;
          s.score[doc] = 0;
          touched[met++] = doc;
        } else if (s.count[doc] !== G) continue;
        s.score[doc] = (s.score[doc] as number) + weight * idf * fieldWeight;
      }
    }
  }

  // The facts holding every required group, in the order met (with no group required, every fact met).
  let live = met;
  if (G > 0) {
    live = 0;
    for (let k = 0; k < met; k++) if (s.count[touched[k] as number] === G) touched[live++] = touched[k] as number;
  }
  const best = topK(touched, live, s.score, SHORTLIST);
  const facts = ctx.core.facts;
  return best
    .map((d) => ({ i: d, score: ((s.score[d] as number) + 0.01) * boost(facts[d] as Fact, d) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** The k documents with the highest score among the first `n` of `all`, in no particular order, via a min-heap (no full sort). */
function topK(all: Int32Array, n: number, score: Float64Array, k: number): number[] {
  const docs = all.subarray(0, n);
  if (n <= k) return Array.from(docs);
  const heap: number[] = [];
  const at = (i: number) => score[heap[i] as number] as number;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as number, heap[i] as number]);
  for (const d of docs) {
    const v = score[d] as number;
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (at(i) >= at(p)) break;
        swap(i, p);
        i = p;
      }
    } else if (v > at(0)) {
      heap[0] = d;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        let m = i;
        if (l < k && at(l) < at(m)) m = l;
        if (l + 1 < k && at(l + 1) < at(m)) m = l + 1;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap;
}
