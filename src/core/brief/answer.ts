import { LIMITS } from '../limits.js';
import type { Briefing } from '../types.js';
import { abstain } from './abstain.js';
import type { EngineContext } from './context.js';
import { dateAnswer } from './date-answer.js';
import { isOpenRange, type DateRange } from './date-query.js';
import { OPEN_END, OPEN_START } from './date-rules.js';
import { addDays } from '../dates.js';
import { figureAnswer } from './figure-answer.js';
import { generalAnswer } from './general-answer.js';
import { newest, overview } from './overview.js';
import { understand } from './understand.js';
import { synonymsOf } from './cues.js';
import { mergeParts } from './merge-parts.js';
import { questionParts } from './parts.js';

/** A question cut to LIMITS.query characters (whole code points, at a space when one is near). */
export function capQuery(raw: string): { text: string; notes: string[] } {
  // Control characters and lone surrogates carry no meaning and would only confuse rendering.
  const clean = raw.replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  const chars = Array.from(clean);
  if (chars.length <= LIMITS.query) return { text: clean.trim(), notes: [] };
  let cut = chars.slice(0, LIMITS.query).join('');
  const space = cut.lastIndexOf(' ');
  if (space > LIMITS.query - 60) cut = cut.slice(0, space);
  return { text: cut.trim(), notes: [`Only the first ${LIMITS.query} characters of the question were read.`] };
}

/**
 * An open period closed: its end at the last date of the facts, its start a month before its end (the
 * run-up to an event, not the births of the people in it).
 */
function closeRange(r: DateRange, ctx: EngineContext): DateRange {
  const last = ctx.chronological.at(-1)?.date.slice(0, 10) ?? ctx.anchor;
  const to = r.to === OPEN_END ? (last < r.from ? r.from : last) : r.to;
  return { from: r.from === OPEN_START ? addDays(to, -30) : r.from, to };
}

/**
 * A question in, a briefing out. Routes by what the question asks: a figure, a period, or anything else
 * through the index; a question with no words of its own gets the overview. Every route abstains rather
 * than show a fact that does not answer.
 */
export function answer(raw: string, ctx: EngineContext): Briefing {
  const { text: query, notes } = capQuery(raw);
  if (!/[\p{L}\p{N}]/u.test(query)) return abstain(query, { kind: 'empty' }, ctx, undefined, notes);
  const parts = questionParts(query, (part) => {
    const u = understand(part, ctx);
    return u.content.length + u.entities.length + u.topics.size > 0;
  });
  if (parts.length === 1) return answerOne(query, notes, ctx);
  const answers = parts.map((p) => answerOne(p, [], ctx));
  if (!answers.some((b) => b.answered)) return answerOne(query, notes, ctx);
  return mergeParts(query, parts, answers, notes, ctx);
}

/** One question, one part: routed by what it asks. */
function answerOne(query: string, notes: string[], ctx: EngineContext): Briefing {
  const u = understand(query, ctx);
  // A required word that is no spelling of anything in the facts cannot be covered: no route can answer.
  // (A number in a figure question is checked against the figures instead: "is it true 200 died?")
  const hopeless = u.content.filter(
    (c) =>
      c.must &&
      !c.known &&
      c.near.length === 0 &&
      synonymsOf(c.term).every((s) => ctx.index.df(s) === 0) &&
      !(u.figureKinds.length > 0 && /^\d+$/.test(c.term)),
  );
  if (hopeless.length > 0) return abstain(query, { kind: 'no-match' }, ctx, u.topics, notes);
  // No fact reports the future or gives an opinion: "when will it reopen?", "do you think he should resign?".
  if (u.future || u.opinion) return abstain(query, { kind: 'no-match' }, ctx, undefined, notes);
  const withNotes = (b: Briefing): Briefing => (notes.length ? { ...b, notes: [...notes, ...(b.notes ?? [])] } : b);

  // "And the wounded?": a casualty word alone, with nothing else asked, asks for its figure.
  const bareFigure =
    u.figureKinds.length > 0 && u.content.length + u.entities.length === 0 && !u.range && !u.person && !u.speech && !u.time && !u.overview && !u.definition &&
    [...u.topics].every((t) => t === 'casualties' || t === 'victims') && !/\bhow\b/i.test(query);
  const figureQuestion = u.figureKinds.length > 0 ? u.quantity || u.evolution || bareFigure || u.content.some((c) => /^\d+$/.test(c.term)) : u.quantity && u.content.length + u.entities.length === 0 && u.topics.size === 0;
  if (figureQuestion) {
    const numbers = u.content.filter((c) => /^\d+$/.test(c.term)).map((c) => Number(c.term));
    const asNumber = { ...u, content: u.content.filter((c) => !/^\d+$/.test(c.term)) };
    const b = figureAnswer(query, asNumber, ctx, numbers);
    if (b) return withNotes(b);
    return withNotes(generalAnswer(query, u, ctx, { needNumber: 'figure' }));
  }
  if (u.range && !isOpenRange(u.range)) return withNotes(dateAnswer(query, u, ctx));

  const subjectless = u.content.length === 0 && u.entities.length === 0 && u.topics.size === 0 && u.cueTerms.length === 0;
  if (subjectless) {
    // "Will there be another attack?": no fact reports the future, and the overview would not answer it.
    if (u.future) return abstain(query, { kind: 'no-match' }, ctx, undefined, notes);
    // "Events leading up to the attack": the period's own key facts, its open end closed at the data's edge.
    if (u.range && !u.latest) return withNotes(dateAnswer(query, { ...u, range: closeRange(u.range, ctx) }, ctx));
    // "When did the attack happen?": the first timed moments of the event's own day.
    if (u.when && !u.latest) return withNotes(dateAnswer(query, { ...u, range: { from: ctx.anchor, to: ctx.anchor, firstHours: true } }, ctx));
    if (!u.overview && !u.time && !u.latest && u.frameEntities.length === 0) {
      return abstain(query, { kind: 'no-match' }, ctx, undefined, notes);
    }
    const b = u.latest ? newest(query, ctx) : overview(query, ctx);
    return withNotes(b.items.length > 0 ? b : abstain(query, { kind: 'no-match' }, ctx));
  }
  // "How many troops...": a count was asked for, so only facts that state a number answer.
  return withNotes(generalAnswer(query, u, ctx, { needNumber: u.quantity ? 'count' : undefined }));
}
