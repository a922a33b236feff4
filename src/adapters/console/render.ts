import { messages, type Messages } from '../../core/messages/index.js';
import { replyLang, type Reply } from '../../core/reply.js';
import type { Briefing, BriefingItem, Digest } from '../../core/types.js';

function cite(item: BriefingItem, m: Messages): string {
  return item.sources.map((s) => `${s.outlet}, ${m.shortDate(s.date)}`).join('; ');
}

function briefing(b: Briefing, m: Messages): string {
  const out = [b.title ? `== ${b.title} ==` : '', b.text];
  for (const n of b.notes ?? []) out.push(`${m.ui.note} ${n}`);
  if (b.suggestions?.length) out.push(m.ui.tryAsking, ...b.suggestions.map((s) => `  • ${s}`));
  if (b.answered && b.items.length > 0) out.push(`${m.ui.factIds} ${b.items.map((i) => i.id).join(', ')}`);
  return out.filter(Boolean).join('\n');
}

function digest(d: Digest, m: Messages): string {
  const out = [`== ${d.title} ==`, d.text];
  for (const s of d.sections) {
    out.push(`-- ${s.heading} --`, ...s.items.map((i) => `• ${i.text} (${cite(i, m)})`));
  }
  return out.filter(Boolean).join('\n');
}

/** A reply as plain text for a terminal, labelled in the reply's language. The console shows everything a chat adapter would. */
export function renderReply(reply: Reply): string {
  const m = messages(replyLang(reply));
  switch (reply.kind) {
    case 'briefing':
      return briefing(reply.briefing, m);
    case 'digest':
      return digest(reply.digest, m);
    case 'notice':
      return reply.error ? `${m.ui.error} ${reply.text}` : reply.text;
  }
}
