import type { Briefing, Fact } from '../types.js';
import { compose } from './compose.js';
import type { EngineContext } from './context.js';

/**
 * One briefing from the answers to each part of a question: the first fact of every part comes first, then the
 * second of every part, so each side of a comparison is shown; each part's direct answer ("At least 144 people
 * were killed ...") leads. A part with no sourced answer is named in a note, never guessed at.
 */
export function mergeParts(query: string, parts: readonly string[], answers: readonly Briefing[], notes: string[], ctx: EngineContext): Briefing {
  const lists: Fact[][] = answers.map((b) => b.items.map((i) => ctx.core.factsById.get(i.id)).filter((f): f is Fact => f !== undefined));
  const facts: Fact[] = [];
  for (let k = 0; lists.some((l) => k < l.length); k++) for (const l of lists) if (l[k]) facts.push(l[k] as Fact);
  const leads = answers.filter((b) => b.answered).map((b) => b.text.split('\n')[0] ?? '').filter((l) => !l.startsWith('•'));
  const unanswered = parts.filter((_, i) => !answers[i]?.answered);
  const partNotes = [...new Set(answers.flatMap((b) => (b.answered ? (b.notes ?? []) : [])))];
  const titles = [...new Set(answers.filter((b) => b.answered).map((b) => b.title).filter((t): t is string => !!t))];
  return compose(
    {
      query,
      title: titles.slice(0, 2).join(' · ') || ctx.messages.titles.briefing,
      facts,
      lead: leads.length ? leads.join(' ') : undefined,
      graphic: facts.some((f) => f.graphic),
      notes: [...notes, ...partNotes, ...unanswered.map((p) => ctx.messages.notes.unansweredPart(Array.from(p).slice(0, 120).join('')))].slice(0, 3),
    },
    ctx,
  );
}
