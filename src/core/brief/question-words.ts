import { escapeRegExp, type EntityMatch, type QueryToken } from '../search/entities.js';
import { frequencyRank, isEnglishStopword, isNoun, nameKindOf } from '../search/english-data.js';
import { editDistance } from '../search/fuzzy.js';
import { processTerm } from '../search/normalize.js';
import { termsOf } from '../search/fact-terms.js';
import type { EngineContext } from './context.js';

/**
 * What single words of a question do besides naming their subject: ask for a kind of name ("which official"),
 * title a person ("FSB chief Bortnikov"), take a claim as given ("why", "since"), weigh as a word of the facts.
 * Read by `understand`.
 */

/** A question word: as read (`raw`, `term`), and as typed when it was read as another word ("wich" as "with"). */
export type Token = QueryToken & { joined: boolean; typed?: string };

/** Ways of asking that take a claim as given: "why", "how come", "since ...", "how did they manage", a tag "right?". */
export const PRESUMES = [
  /\b(?:why|how come|given that|now that|seeing as|considering that|how did .{1,80}? manage)\b|^\W*(?:\w+\W+)?since\b/,
  /,\s*(?:right|correct|isn'?t it|wasn'?t it|didn'?t they|no|yes)\s*\?+\s*$/,
  /(?:^|[^\p{L}])(?:почему|зачем|раз уж|раз|с чего|правда ли|правда,? что|это правда|разве|неужели|как так|как .{1,80}? удалось)(?=[^\p{L}]|$)|,\s*(?:да|верно|правда|так ведь)\s*\?+\s*$/u,
];

const factRanks = new WeakMap<EngineContext, Map<string, number>>();
const UNRANKED = 1e6;

/**
 * The spoken-frequency rank of the commonest word of the facts that has this index term: "nite" weighs what
 * "night" weighs, since it folds onto it. Built once per engine, on the first question that needs it.
 */
export function factWordRank(term: string, ctx: EngineContext): number | undefined {
  let ranks = factRanks.get(ctx);
  if (!ranks) {
    ranks = new Map();
    for (const f of ctx.core.facts) {
      for (const w of f.text.toLowerCase().match(/[a-z]+/g) ?? []) {
        // A word of the facts in no frequency list ("bbc", "amaq") is rarer than any in it.
        const rank = frequencyRank(w) ?? UNRANKED;
        const t = processTerm(w);
        if (rank < (ranks.get(t) ?? Infinity)) ranks.set(t, rank);
      }
    }
    factRanks.set(ctx, ranks);
  }
  return ranks.get(term);
}

/** «Какой», «какая», «которого», «чья» in any case: which one is asked for. */
const RUSSIAN_WH = /^(?:как(?:ой|ая|ое|ие|ого|ому|им|ую|их|ими|ом)|котор(?:ый|ая|ое|ые|ого|ому|ым|ую|ых|ыми|ой|ом)|ч(?:ей|ья|ьё|ье|ьи|ьего|ьей|ьих))$/u;

/**
 * Whether the word at `i` is the kind of thing "which" or "what" asks for: right after it ("which band"), after
 * an article, a name or one word that qualifies it ("which Moscow official", "what terrorist organization"), or
 * after "the name of" ("the name of the Moldovan woman"); in Russian after «какой», «который», «чей» ("какая
 * террористическая группировка").
 */
export function asksFor(tokens: readonly Token[], i: number, taken: ReadonlySet<number>): boolean {
  // "wich", "wat": a misspelt "which" or "what" still asks, but "that" is a word of its own.
  const wh = (raw: string) =>
    /^(?:which|what|whats)$/.test(raw) ||
    RUSSIAN_WH.test(raw) ||
    (raw.length >= 3 && !isEnglishStopword(raw) && ['which', 'what'].some((w) => editDistance(raw, w, 1) <= 1));
  let qualifiers = 0;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j] as Token;
    const raw = t.typed ?? t.raw;
    if (wh(raw) || (raw === 'of' && /^names?$/.test(tokens[j - 1]?.raw ?? ''))) return true;
    if (/^(?:the|a|an)$/.test(raw) || taken.has(j)) continue;
    if (isEnglishStopword(raw) || qualifiers++ > 0) return false;
  }
  return false;
}

/**
 * A noun for the kind of thing named right before a name, and up to two nouns before it ("cloakroom assistant
 * Islam Khalilov", "the band Picnic"): its title; and a noun for people or a body right after a country ("the
 * Turkish government"); and words set off after a person's name ("Mirzoev, the alleged ringleader"). A fact
 * naming the person, the group or the country covers them.
 */
export function titlesBefore(tokens: readonly Token[], matches: readonly EntityMatch[], taken: ReadonlySet<number>, ctx: EngineContext, question = ''): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const text = question.toLowerCase();
  // Only a question with a comma can set words off after a name: no pattern is built for the rest.
  const commas = text.includes(',');
  for (const m of matches) {
    // "Dalerjon Mirzoev, the alleged ringleader of ...": words set off after a person's name by a comma and an
    // article describe that person, as a title before it does.
    const last = tokens[m.end - 1]?.raw ?? '';
    const apposition = commas && last !== '' && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(last)}\\s*,\\s*(?:the|a|an)\\s`, 'u').test(text);
    if (apposition && m.ids.some((id) => ctx.resolver.get(id)?.kind === 'person') && /^(?:the|a|an)$/.test(tokens[m.end]?.raw ?? '')) {
      for (let k = m.end + 1; k < tokens.length && k <= m.end + 3; k++) {
        const raw = (tokens[k] as Token).raw;
        if (taken.has(k) || isEnglishStopword(raw)) break;
        out.set(k, m.ids);
      }
    }
    // "The Turkish government", "Tajik authorities": people or a body of a country, which a fact naming it covers.
    const after = tokens[m.end];
    const kind = ctx.resolver.get(m.ids[0] as string)?.kind;
    if (after && (kind === 'country' || kind === 'place') && !taken.has(m.end) && nameKindOf(after.raw) !== undefined && isNoun(after.raw)) out.set(m.end, m.ids);
    // The word before the name names its kind ("chief", "minister", "the band Picnic"); the words before it may
    // qualify it ("cloakroom assistant").
    const person = m.ids.some((id) => ctx.resolver.get(id)?.kind === 'person');
    for (let j = m.start - 1; j >= 0 && j >= m.start - 3; j--) {
      const raw = (tokens[j] as Token).raw;
      const k = nameKindOf(raw);
      if (taken.has(j) || isEnglishStopword(raw) || !isNoun(raw) || (j === m.start - 1 && (k === undefined || (k === 'person') !== person))) break;
      out.set(j, m.ids);
    }
  }
  return out;
}

/** A word English speakers use (a function word, or among the 10,000 most frequent): not Russian in Latin letters. */
export function isEnglishWord(word: string): boolean {
  return isEnglishStopword(word) || (frequencyRank(word) ?? Infinity) <= 10_000;
}

/** Words for the event itself: "the attack in X" places it; "what happened in X" does not. */
const EVENT = new Set(termsOf('attack attacks shooting massacre rampage concert venue теракт нападение атака стрельба концерт'));

/** Whether a question names the event itself ("the attack", "the shooting") or one of its frame's names (the venue). */
export function namesEvent(tokens: readonly QueryToken[], frameEntities: readonly string[]): boolean {
  return frameEntities.length > 0 || tokens.some((t) => EVENT.has(t.term));
}

/** Russian verbs of happening that may stand between the event and where it happened. */
const HAPPENED_RU = /^(?:случил\p{L}*|произош\p{L}*|произошл\p{L}*|был[аио]?|соверш\p{L}*|прош[её]л|прошл[аио])$/u;

/**
 * "How did the Crocus attack in Saint Petersburg unfold?", "the attack happened in Belarus": a place the question
 * puts the event itself in, which is not where it happened (a place of the event's own frame, such as Krasnogorsk
 * or Moscow, is). `tokens` and `matches` are the question's, as `understand` read them.
 */
export function misplacedEvent(tokens: readonly QueryToken[], matches: readonly EntityMatch[], ctx: EngineContext): EntityMatch | undefined {
  return matches.find((m) => {
    const kind = ctx.resolver.get(m.ids[0] as string)?.kind;
    if ((kind !== 'place' && kind !== 'country') || m.ids.some((id) => ctx.frameEntityIds.has(id))) return false;
    const before = tokens[m.start - 1]?.raw;
    const inFrame = (j: number) => matches.some((o) => o !== m && o.ids.every((id) => ctx.frameEntityIds.has(id)) && j >= o.start && j < o.end);
    // Russian "в" is also "to" ("бежали в Украину"): only the event or its venue right before it places the event,
    // with at most a verb of happening between ("теракт в X", "теракт в «Крокусе» случился в X").
    if (before === 'в' || before === 'во') {
      for (let j = m.start - 2; j >= Math.max(0, m.start - 5); j--) {
        const t = tokens[j] as QueryToken;
        if (EVENT.has(t.term) || inFrame(j)) return true;
        if (!HAPPENED_RU.test(t.raw)) return false;
      }
      return false;
    }
    if (before !== 'in' && before !== 'at') return false;
    // The event or its venue up to three words before "in": "the attack in", "Crocus City Hall in", "the attack happened in".
    // Within the same clause: "the attack, which town in Tajikistan" asks about a town, not where the attack was.
    for (let j = m.start - 2; j >= Math.max(0, m.start - 4); j--) {
      const t = tokens[j] as QueryToken;
      if (/^(?:which|what|where|who|whom|when|whose|how)$/.test(t.raw)) return false;
      if (EVENT.has(t.term) || inFrame(j)) return true;
    }
    return false;
  });
}
