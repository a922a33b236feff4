import type { Briefing, Topic } from '../types.js';
import type { EngineContext } from './context.js';
import { suggestions } from './suggestions.js';

/** Why there is no answer; each reason has its own short message. */
export type AbstainReason =
  | { kind: 'empty' }
  | { kind: 'no-match' }
  | { kind: 'no-date'; label: string }
  | { kind: 'graphic-only' }
  | { kind: 'unknown-fact'; id: string }
  | { kind: 'bad-date'; text: string };

function message(reason: AbstainReason, ctx: EngineContext): string {
  switch (reason.kind) {
    case 'empty':
      return `Ask me a question about ${ctx.subject} and what followed.`;
    case 'no-match':
      return `I have no sourced fact that answers this, so I will not guess. I only cover ${ctx.subject} and what followed.`;
    case 'no-date':
      return `I have no sourced facts dated ${reason.label}.`;
    case 'graphic-only':
      return 'The facts that answer this contain graphic detail, which I leave out unless asked. Ask again with the word "graphic" to see them.';
    case 'unknown-fact':
      return `There is no fact with the id "${reason.id}".`;
    case 'bad-date':
      return `I could not read "${reason.text}" as a date. Try "23 March", "March 23rd", "23/03" or "2024-03-23".`;
  }
}

/** An abstention: `answered: false`, a short reason and two or three questions that do have answers. */
export function abstain(query: string, reason: AbstainReason, ctx: EngineContext, topics?: ReadonlySet<Topic>, notes?: string[]): Briefing {
  const b: Briefing = {
    query,
    answered: false,
    text: message(reason, ctx),
    items: [],
    title: 'No sourced answer',
    suggestions: suggestions(ctx, topics),
  };
  if (notes?.length) b.notes = notes;
  return b;
}
