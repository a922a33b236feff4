import { messages, type Messages } from './messages/index.js';
import { basicFold } from './search/normalize.js';

/** A question the bot abstained on, as the report needs it. */
export interface GapAbstention {
  question: string;
}

/** A vote, as the report needs it. */
export interface GapVote {
  question: string;
  factIds: readonly string[];
  vote: 'up' | 'down';
}

/** Questions left unanswered, grouped by their normalised form; `examples` are distinct wordings, most frequent first. */
export interface UnansweredGroup {
  form: string;
  count: number;
  examples: string[];
}

/** One answer (a question's normalised form and the facts it showed) with its votes. */
export interface DownvotedAnswer {
  form: string;
  question: string;
  factIds: string[];
  down: number;
  up: number;
}

/**
 * What editors should look at next: the questions most often left unanswered and the answers voted down most.
 * @example buildGaps({ abstentions: [{ question: 'Weather?' }], votes: [] }, since).unanswered[0] // { form: 'weather', count: 1, examples: ['Weather?'] }
 */
export interface GapsReport {
  since: string;
  unanswered: UnansweredGroup[];
  downvoted: DownvotedAnswer[];
}

/**
 * The form questions are grouped by: folded case and accents, punctuation gone, spaces collapsed. Deliberately
 * shallow: editors read the groups, and "how many died" and "how many were killed" are different questions to add.
 */
export function normaliseQuestion(question: string): string {
  return basicFold(question)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Code-point order: the same on every machine, whatever its locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byCountThenForm = <T extends { form: string }>(count: (t: T) => number) => (a: T, b: T) => count(b) - count(a) || compare(a.form, b.form);

function unanswered(abstentions: readonly GapAbstention[]): UnansweredGroup[] {
  const groups = new Map<string, Map<string, number>>();
  for (const { question } of abstentions) {
    const form = normaliseQuestion(question);
    if (form === '') continue;
    const wordings = groups.get(form) ?? new Map<string, number>();
    wordings.set(question, (wordings.get(question) ?? 0) + 1);
    groups.set(form, wordings);
  }
  return [...groups]
    .map(([form, wordings]) => ({
      form,
      count: [...wordings.values()].reduce((a, b) => a + b, 0),
      examples: [...wordings].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([q]) => q).slice(0, 3),
    }))
    .sort(byCountThenForm((g) => g.count));
}

function downvoted(votes: readonly GapVote[]): DownvotedAnswer[] {
  const answers = new Map<string, DownvotedAnswer>();
  for (const v of votes) {
    const form = normaliseQuestion(v.question);
    const key = `${form}\u0000${v.factIds.join(',')}`;
    const answer = answers.get(key) ?? { form, question: v.question, factIds: [...v.factIds], down: 0, up: 0 };
    answer[v.vote] += 1;
    answers.set(key, answer);
  }
  return [...answers.values()].filter((a) => a.down > 0).sort(byCountThenForm((a) => a.down - a.up / 1000));
}

/** The report over the records kept since `since`, `limit` rows of each kind. */
export function buildGaps(records: { abstentions: readonly GapAbstention[]; votes: readonly GapVote[] }, since: Date, limit = 10): GapsReport {
  return { since: since.toISOString(), unanswered: unanswered(records.abstentions).slice(0, limit), downvoted: downvoted(records.votes).slice(0, limit) };
}

/**
 * How far back a report reaches: `7d` or `24h` (default 7 days) before `now`; undefined for anything else.
 * @example parseSince('24h', now) // now minus 24 hours
 */
export function parseSince(value: string | undefined, now: Date): Date | undefined {
  const m = /^(\d{1,4})([dh])$/i.exec((value ?? '7d').trim());
  if (!m) return undefined;
  const hours = Number(m[1]) * (m[2]?.toLowerCase() === 'd' ? 24 : 1);
  return new Date(now.getTime() - hours * 3_600_000);
}

/** The report as plain text, for a terminal or a chat notice, headed in `m`'s language. */
export function formatGaps(report: GapsReport, m: Messages = messages()): string {
  const t = m.gaps;
  const lines = [t.since(report.since.slice(0, 10)), '', t.unanswered];
  if (report.unanswered.length === 0) lines.push(`  ${t.none}`);
  for (const g of report.unanswered) lines.push(`  ${g.count}  ${g.examples[0] ?? g.form}${g.examples.length > 1 ? `  (${t.also}: ${g.examples.slice(1).join(' | ')})` : ''}`);
  lines.push('', t.downvoted);
  if (report.downvoted.length === 0) lines.push(`  ${t.none}`);
  for (const a of report.downvoted) lines.push(`  ${a.down}/${a.up}  ${a.question}  [${a.factIds.join(', ')}]`);
  return lines.join('\n');
}
