import type { Reply } from '../../core/reply.js';
import { formatShortDate } from '../../core/dates.js';
import type { Briefing, BriefingItem, Digest } from '../../core/types.js';

function cite(item: BriefingItem): string {
  return item.sources.map((s) => `${s.outlet}, ${formatShortDate(s.date)}`).join('; ');
}

function briefing(b: Briefing): string {
  const out = [b.title ? `== ${b.title} ==` : '', b.text];
  for (const n of b.notes ?? []) out.push(`Note: ${n}`);
  if (b.suggestions?.length) out.push('Try asking:', ...b.suggestions.map((s) => `  • ${s}`));
  if (b.answered && b.items.length > 0) out.push(`Fact ids (type "sources <id>" for full citations): ${b.items.map((i) => i.id).join(', ')}`);
  return out.filter(Boolean).join('\n');
}

function digest(d: Digest): string {
  const out = [`== ${d.title} ==`, d.text];
  for (const s of d.sections) {
    out.push(`-- ${s.heading} --`, ...s.items.map((i) => `• ${i.text} (${cite(i)})`));
  }
  return out.filter(Boolean).join('\n');
}

/** A reply as plain text for a terminal. The console shows everything a chat adapter would. */
export function renderReply(reply: Reply): string {
  switch (reply.kind) {
    case 'briefing':
      return briefing(reply.briefing);
    case 'digest':
      return digest(reply.digest);
    case 'notice':
      return reply.error ? `Error: ${reply.text}` : reply.text;
  }
}
