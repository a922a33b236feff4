/**
 * Posting lists as typed arrays: for each term, the positions (in core.facts) of the facts that contain it,
 * ascending. The question planner uses them when a question's words are so common that scoring every
 * match through MiniSearch would be slow (large corpora), and to intersect the facts that name every
 * required word before scoring any.
 */
export interface Postings {
  /** Facts with the term in their own words (text or entity names). */
  own(term: string): Int32Array;
  /** Facts with the term only in a topic label or an outlet name. */
  meta(term: string): Int32Array;
  /** Facts tagged with an entity. */
  entity(id: string): Int32Array;
  readonly size: number;
  /** Scratch arrays, reused by every question to avoid allocating per fact. Single-threaded use only. */
  readonly scratch: Scratch;
}

/** Per-fact working memory for one question at a time; `gen` marks which entries are current. */
export interface Scratch {
  gen: number;
  seen: Uint32Array;
  count: Uint8Array;
  last: Int16Array;
  score: Float64Array;
  /** Facts met by the question, in the order met. */
  touched: Int32Array;
}

const EMPTY = new Int32Array(0);

/** Collects postings while the index is built, then freezes them into typed arrays. */
export class PostingsBuilder {
  private readonly ownLists = new Map<string, number[]>();
  private readonly metaLists = new Map<string, number[]>();
  private readonly entityLists = new Map<string, number[]>();
  private size = 0;

  add(doc: number, own: Iterable<string>, meta: Iterable<string>, entities: readonly string[]): void {
    this.size = Math.max(this.size, doc + 1);
    for (const t of own) push(this.ownLists, t, doc);
    for (const t of meta) push(this.metaLists, t, doc);
    for (const e of entities) push(this.entityLists, e, doc);
  }

  build(): Postings {
    const freeze = (m: Map<string, number[]>) => new Map([...m].map(([k, v]) => [k, Int32Array.from(v)]));
    const own = freeze(this.ownLists);
    const meta = freeze(this.metaLists);
    const entity = freeze(this.entityLists);
    const n = this.size;
    return {
      own: (t) => own.get(t) ?? EMPTY,
      meta: (t) => meta.get(t) ?? EMPTY,
      entity: (id) => entity.get(id) ?? EMPTY,
      size: n,
      scratch: { gen: 0, seen: new Uint32Array(n), count: new Uint8Array(n), last: new Int16Array(n), score: new Float64Array(n), touched: new Int32Array(n) },
    };
  }
}

function push(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (list) list.push(doc);
  else map.set(key, [doc]);
}
