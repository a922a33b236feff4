import { isOpenRange, type DateRange } from './date-query.js';
import { OPEN_END, OPEN_START } from './date-rules.js';
import { addDays } from '../dates.js';
import { synonymsOf } from './cues.js';
import type { EngineContext } from './context.js';
import type { Understanding } from './understand.js';

/**
 * What kind of answer a question asks for: the one decision between understanding a question and answering it.
 * Every flag of `Understanding` that chooses a way of answering is read here and nowhere else.
 * @example routeOf(understand('How many people died?', ctx), ctx) // { kind: 'figure', numbers: [] }
 */
export type Route =
  /** No fact can answer: a word that is no spelling of anything in the facts, the future, an opinion. */
  | { kind: 'none' }
  /** A count: the figures of the kinds asked about ("how many died", "is it true 200 died?"). */
  | { kind: 'figure'; numbers: number[] }
  /** A period or a day: its facts in time order ("what happened on 24 March", "events leading up to it"). */
  | { kind: 'period'; range: DateRange }
  /** The overview, or the newest facts ("what happened?", "latest news"). */
  | { kind: 'overview'; latest: boolean }
  /** Anything else, through the index; `count` when the answer must state a number. */
  | { kind: 'search'; count: boolean };

const isNumber = (term: string) => /^\d+$/.test(term);

/** Decides the route from what the question asks. */
export function routeOf(u: Understanding, ctx: EngineContext): Route {
  // A required word that is no spelling of anything in the facts cannot be covered: no route can answer.
  // (A number in a figure question is checked against the figures instead: "is it true 200 died?")
  const hopeless = u.content.some(
    (c) =>
      c.must && !c.known && c.near.length === 0 && synonymsOf(c.term).every((s) => ctx.index.df(s) === 0) && !(u.figureKinds.length > 0 && isNumber(c.term)),
  );
  // No fact reports the future or gives an opinion: "when will it reopen?", "do you think he should resign?".
  // (A question that takes its claim as given is searched all the same: what the facts say may correct it.)
  if ((hopeless && !u.presumes) || u.future || u.opinion) return { kind: 'none' };

  const subject = u.content.length + u.entities.length;
  // "And the wounded?": a casualty word alone, with nothing else asked, asks for its figure.
  const bareFigure =
    u.figureKinds.length > 0 && subject === 0 && !u.range && !u.person && !u.speech && !u.time && !u.overview && !u.definition && !u.how &&
    [...u.topics].every((t) => t === 'casualties' || t === 'victims');
  const figure =
    u.figureKinds.length > 0
      ? u.quantity || u.evolution || bareFigure || u.content.some((c) => isNumber(c.term))
      : u.quantity && subject === 0 && u.topics.size === 0;
  if (figure) return { kind: 'figure', numbers: u.content.filter((c) => isNumber(c.term)).map((c) => Number(c.term)) };
  if (u.range && !isOpenRange(u.range)) return { kind: 'period', range: u.range };

  if (subject === 0 && u.topics.size === 0 && u.cueTerms.length === 0) {
    // "Events leading up to the attack": the period's own key facts, its open end closed at the data's edge.
    if (u.range && !u.latest) return { kind: 'period', range: closeRange(u.range, ctx) };
    // "When did the attack happen?": the first timed moments of the event's own day.
    if (u.when && !u.latest) return { kind: 'period', range: { from: ctx.anchor, to: ctx.anchor, firstHours: true } };
    if (!u.overview && !u.time && !u.latest && u.frameEntities.length === 0) return { kind: 'none' };
    return { kind: 'overview', latest: u.latest };
  }
  // "How many troops...": a count was asked for, so only facts that state a number answer.
  return { kind: 'search', count: u.quantity };
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
