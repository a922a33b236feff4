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
  const m = ctx.messages.abstain;
  switch (reason.kind) {
    case 'empty':
      return m.empty(ctx.subject);
    case 'no-match':
      return m.noMatch(ctx.subject);
    case 'no-date':
      return m.noDate(reason.label);
    case 'graphic-only':
      return m.graphicOnly;
    case 'unknown-fact':
      return m.unknownFact(reason.id);
    case 'bad-date':
      return m.badDate(reason.text);
  }
}

/** An abstention: `answered: false`, a short reason and two or three questions that do have answers. */
export function abstain(query: string, reason: AbstainReason, ctx: EngineContext, topics?: ReadonlySet<Topic>, notes?: string[]): Briefing {
  const b: Briefing = {
    query,
    answered: false,
    text: message(reason, ctx),
    items: [],
    title: ctx.messages.abstain.title,
    suggestions: suggestions(ctx, topics),
  };
  if (notes?.length) b.notes = notes;
  return b;
}
