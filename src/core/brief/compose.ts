import { citation, sourceRefs } from '../cite.js';
import { factRange } from '../dates.js';
import { factText } from '../in-language.js';
import { LIMITS } from '../limits.js';
import type { Briefing, BriefingItem, Fact } from '../types.js';
import { byTime, type EngineContext } from './context.js';

/**
 * What a briefing is made of, before it is written out.
 * @example compose({ query: 'death toll', title: 'Death toll', lead: 'At least 144 people were killed (as of 29 Mar 2024, AA).', facts: [toll] }, ctx)
 */
export interface Plan {
  query: string;
  title: string;
  /** Facts in the order to show them (best first, or by time when `chronological`). */
  facts: Fact[];
  /** A first sentence that answers directly ("At least 144 people were killed (as of ...)"). */
  lead?: string;
  chronological?: boolean;
  /** Prefix each line with its date ("23 Mar 2024: ..."). */
  dated?: boolean;
  /** Whether graphic counter-claims may be shown. */
  graphic?: boolean;
  notes?: string[];
}

interface Block {
  main: Fact;
  counters: Fact[];
}

function toItem(fact: Fact, ctx: EngineContext): BriefingItem {
  const item: BriefingItem = { id: fact.id, text: factText(fact, ctx.lang), date: fact.date, sources: sourceRefs(fact, ctx.core) };
  if (fact.contested) item.contested = true;
  if (fact.graphic) item.graphic = true;
  return item;
}

/** One fact as a line of text, in the context's language: "23 Mar 2024, 20:00: Gunmen opened fire ... (BBC News, 22 Mar 2024)". */
function line(fact: Fact, ctx: EngineContext, dated: boolean): string {
  const when = dated ? `${ctx.messages.compose.when(...factRange(fact.date), fact.time)}: ` : '';
  return `${when}${factText(fact, ctx.lang)} ${citation(fact, ctx.core, ctx.messages)}`.trim();
}

/**
 * Groups each contested fact with its counter-claims, so a claim is never shown without its answer, and
 * keeps at most LIMITS.items facts in all. A contested fact whose counter-claim cannot fit is dropped.
 */
function blocks(plan: Plan, ctx: EngineContext): Block[] {
  const shown = new Set<string>();
  const out: Block[] = [];
  let count = 0;
  for (const main of plan.facts) {
    if (shown.has(main.id) || count >= LIMITS.items) continue;
    const counters = main.counterClaims
      .map((id) => ctx.core.factsById.get(id))
      .filter((f): f is Fact => f !== undefined && !shown.has(f.id))
      .filter((f) => plan.graphic || !f.graphic);
    const room = LIMITS.items - count - 1;
    // A contested claim needs its answer beside it: one already shown, or one that fits now.
    const answered = main.counterClaims.some((id) => shown.has(id));
    if (main.contested && main.counterClaims.length > 0 && !answered && (counters.length === 0 || room < 1)) continue;
    const kept = counters.slice(0, Math.max(0, Math.min(room, 2)));
    out.push({ main, counters: kept });
    for (const f of [main, ...kept]) shown.add(f.id);
    count += 1 + kept.length;
  }
  return out;
}

function render(plan: Plan, list: Block[], ctx: EngineContext): string {
  const lines: string[] = plan.lead ? [plan.lead] : [];
  for (const b of list) {
    lines.push(`• ${line(b.main, ctx, plan.dated ?? false)}`);
    for (const c of b.counters) lines.push(`  ${ctx.messages.compose.counterClaim}: ${line(c, ctx, plan.dated ?? false)}`);
  }
  return lines.join('\n');
}

/**
 * Writes a plan out as a Briefing: at most LIMITS.items items, each with its sources, and a text of at most
 * LIMITS.text characters in which every sentence is followed by its source. Blocks that do not fit are
 * dropped from the end, from the items as well, so text and items always agree.
 */
export function compose(plan: Plan, ctx: EngineContext): Briefing {
  let list = blocks(plan, ctx);
  if (plan.chronological) list.sort((a, b) => byTime(a.main, b.main));
  let text = render(plan, list, ctx);
  while (text.length > LIMITS.text && list.length > 1) {
    list = list.slice(0, -1);
    text = render(plan, list, ctx);
  }
  if (text.length > LIMITS.text) text = `${text.slice(0, LIMITS.text - 1)}…`;
  const briefing: Briefing = {
    query: plan.query,
    answered: true,
    text,
    items: list.flatMap((b) => [b.main, ...b.counters]).map((f) => toItem(f, ctx)),
    title: plan.title,
  };
  if (plan.notes?.length) briefing.notes = plan.notes;
  return briefing;
}
