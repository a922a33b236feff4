import { LIMITS } from '../limits.js';
import type { Briefing } from '../types.js';
import { abstain } from './abstain.js';
import type { EngineContext } from './context.js';
import { dateAnswer } from './date-answer.js';
import { figureAnswer } from './figure-answer.js';
import { generalAnswer } from './general-answer.js';
import { newest, overview } from './overview.js';
import { understand } from './understand.js';
import { mergeParts } from './merge-parts.js';
import { questionParts } from './parts.js';
import { routeOf } from './route.js';

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
 * A question in, a briefing out, in stages: the question is cut to size (`capQuery`), split into its parts
 * (`questionParts`), each part understood (`understand`), routed (`routeOf`: a figure, a period, the overview
 * or the index), answered from the facts that cover it or abstained on, and composed (`compose`,
 * `mergeParts`). Every route abstains rather than show a fact that does not answer.
 */
export function answer(raw: string, ctx: EngineContext): Briefing {
  const { text: query, notes } = capQuery(raw);
  if (!/[\p{L}\p{N}]/u.test(query)) return abstain(query, { kind: 'empty' }, ctx, undefined, notes);
  const parts = questionParts(query, (part) => {
    const u = understand(part, ctx);
    // The commonest words ("the final one") are no subject of their own.
    return u.content.some((c) => c.weight > 0.25) || u.entities.length + u.topics.size > 0;
  });
  if (parts.length === 1) return answerOne(query, notes, ctx);
  const answers = parts.map((p) => answerOne(p, [], ctx));
  if (!answers.some((b) => b.answered)) return answerOne(query, notes, ctx);
  return mergeParts(query, parts, answers, notes, ctx);
}

/** One question, one part: routed by what it asks. */
function answerOne(query: string, notes: string[], ctx: EngineContext): Briefing {
  const u = understand(query, ctx);
  const route = routeOf(u, ctx);
  const withNotes = (b: Briefing): Briefing => (notes.length ? { ...b, notes: [...notes, ...(b.notes ?? [])] } : b);
  switch (route.kind) {
    case 'none':
      return abstain(query, { kind: 'no-match' }, ctx, u.future || u.opinion ? undefined : u.topics, notes);
    case 'figure': {
      const asNumber = { ...u, content: u.content.filter((c) => !/^\d+$/.test(c.term)) };
      return withNotes(figureAnswer(query, asNumber, ctx, route.numbers) ?? generalAnswer(query, u, ctx, { needNumber: 'figure' }));
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
