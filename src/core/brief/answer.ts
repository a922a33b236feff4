import { LIMITS } from '../limits.js';
import { messages, type Messages } from '../messages/index.js';
import type { Briefing } from '../types.js';
import { abstain } from './abstain.js';
import type { EngineContext } from './context.js';
import { dateAnswer } from './date-answer.js';
import { figureAnswer } from './figure-answer.js';
import { generalAnswer } from './general-answer.js';
import { newest, overview } from './overview.js';
import { understand, type Understanding } from './understand.js';
import { mergeParts } from './merge-parts.js';
import { comparedSides, questionParts } from './parts.js';
import { routeOf } from './route.js';
import { namesSubject } from './word-weight.js';
import { correctPlace } from './misplaced.js';

/** A question cut to LIMITS.query characters (whole code points, at a space when one is near), with a note when cut. */
export function capQuery(raw: string, m: Messages = messages()): { text: string; notes: string[] } {
  // Control characters and lone surrogates carry no meaning and would only confuse rendering.
  const clean = raw.replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  const chars = Array.from(clean);
  if (chars.length <= LIMITS.query) return { text: clean.trim(), notes: [] };
  let cut = chars.slice(0, LIMITS.query).join('');
  const space = cut.lastIndexOf(' ');
  if (space > LIMITS.query - 60) cut = cut.slice(0, space);
  return { text: cut.trim(), notes: [m.notes.queryCut(LIMITS.query)] };
}

/**
 * A question in, a briefing out, in stages: the question is cut to size (`capQuery`), split into its parts
 * (`questionParts`), each part understood (`understand`), routed (`routeOf`: a figure, a period, the overview
 * or the index), answered from the facts that cover it or abstained on, and composed (`compose`,
 * `mergeParts`). Every route abstains rather than show a fact that does not answer.
 */
export function answer(raw: string, ctx: EngineContext): Briefing {
  const { text: query, notes } = capQuery(raw, ctx.messages);
  if (!/[\p{L}\p{N}]/u.test(query)) return abstain(query, { kind: 'empty' }, ctx, undefined, notes);
  // Parts of the question are read once each, however many stages look at them.
  const read = new Map<string, Understanding>();
  const understood = (part: string) => read.get(part) ?? read.set(part, understand(part, ctx)).get(part) as Understanding;
  const hasSubject = (part: string) => {
    const u = understood(part);
    return u.content.some(namesSubject) || u.entities.length + u.topics.size > 0;
  };
  const parts = questionParts(query, hasSubject);
  if (parts.length === 1) return againstTheEvent(query, notes, hasSubject, understood, ctx) ?? answerOne(query, notes, ctx);
  const answers = parts.map((p) => answerOne(p, [], ctx));
  if (!answers.some((b) => b.answered)) return answerOne(query, notes, ctx);
  return mergeParts(query, parts, answers, notes, ctx);
}

/**
 * "How many did the Iran bombings kill, compared with the Crocus attack?": a comparison whose one side is only
 * the event itself, which no question word names. That side is the other side's question with its own subject
 * (names, dates, words) left out, which asks about the event: the same figure, of the attack.
 */
function againstTheEvent(
  query: string,
  notes: string[],
  hasSubject: (part: string) => boolean,
  understood: (part: string) => Understanding,
  ctx: EngineContext,
): Briefing | undefined {
  const sides = comparedSides(query);
  if (sides.length !== 2) return undefined;
  const asked = sides.filter(hasSubject);
  if (asked.length !== 1) return undefined;
  const other = asked[0] as string;
  const u = understood(other);
  const event: Understanding = { ...u, entities: [], content: [], range: undefined, search: new Map(u.cueTerms.map((t) => [t, 1])) };
  const answers = [answerOne(other, [], ctx, u), answerOne(query, [], ctx, event)];
  if (!answers.every((b) => b.answered)) return undefined;
  return mergeParts(query, [other, ctx.subject], answers, notes, ctx);
}

/**
 * "How many died when the bomb went off?": a figure asked for with one plain word no fact has, which the question
 * takes as given. The figure is answered without it, with a note that no source supports it. Names and numbers
 * are never left out: "how many died in the Beslan siege" is another event's figure, not this one's.
 */
function figureWithoutClaim(query: string, u: Understanding, numbers: number[], ctx: EngineContext): Briefing | undefined {
  const claims = u.content.filter(namesSubject);
  if (claims.length === 0 || claims.length > 2 || u.entities.length > 0 || claims.some((c) => c.capitalised || /\d/.test(c.term))) return undefined;
  // Words a fact on the attack does use are no false claim ("how many gave blood for the injured").
  const onTopic = ctx.core.facts.some((f) => !f.topics.includes('background') && claims.every((c) => ctx.index.terms(f.id, u.russian).includes(c.term)));
  if (onTopic) return undefined;
  const b = figureAnswer(query, { ...u, content: [] }, ctx, numbers);
  if (!b?.answered) return undefined;
  const m = ctx.messages.notes;
  return { ...b, notes: [m.unsupported(claims.map((c) => m.quote(c.raw))), ...(b.notes ?? [])] };
}

/** One question, one part: routed by what it asks (`known`: the question already understood). */
function answerOne(query: string, notes: string[], ctx: EngineContext, known?: Understanding): Briefing {
  const u = known ?? understand(query, ctx);
  // "How did the attack in Saint Petersburg unfold?": where it happened first, then the rest of the question.
  // Only when the question is about this event (it names the venue, or the rest of it is answered): "the 2017 attack in
  // the Saint Petersburg metro" is another event.
  const rest = routed(query, notes, ctx, u);
  if (u.misplaced && (rest.answered || u.frameEntities.length > 0)) return correctPlace(query, u, u.misplaced, rest, ctx);
  return rest;
}

/** The question routed by what it asks. */
function routed(query: string, notes: string[], ctx: EngineContext, u: Understanding): Briefing {
  const route = routeOf(u, ctx);
  const withNotes = (b: Briefing): Briefing => (notes.length ? { ...b, notes: [...notes, ...(b.notes ?? [])] } : b);
  switch (route.kind) {
    case 'none':
      return abstain(query, { kind: 'no-match' }, ctx, u.future || u.opinion ? undefined : u.topics, notes);
    case 'figure': {
      const asNumber = { ...u, content: u.content.filter((c) => !/^\d+$/.test(c.term)) };
      const b = figureAnswer(query, asNumber, ctx, route.numbers) ?? generalAnswer(query, u, ctx, { needNumber: 'figure' });
      return withNotes(b.answered ? b : (figureWithoutClaim(query, asNumber, route.numbers, ctx) ?? b));
    }
    case 'period': {
      const b = dateAnswer(query, { ...u, range: route.range }, ctx);
      // "What did Putin declare for 24 March?": a question with a subject of its own is also a search, when
      // nothing dated that day answers it (the declaration was made the day before).
      if (b.answered || u.content.length + u.entities.length === 0) return withNotes(b);
      const found = generalAnswer(query, u, ctx);
      return withNotes(found.answered ? found : b);
    }
    case 'overview': {
      const b = route.latest ? newest(query, ctx) : overview(query, ctx);
      return withNotes(b.items.length > 0 ? b : abstain(query, { kind: 'no-match' }, ctx));
    }
    case 'search':
      return withNotes(generalAnswer(query, u, ctx, { needNumber: route.count ? 'count' : undefined }));
  }
}
