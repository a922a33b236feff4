import { formatLongDate } from '../dates.js';
import type { Topic } from '../types.js';
import type { EngineContext } from './context.js';
import type { DateRange } from './date-query.js';
import { isOpenRange } from './date-query.js';
import type { Understanding } from './understand.js';

const TOPIC_TITLES: Record<Topic, string> = {
  background: 'Background',
  warnings: 'Warnings before the attack',
  venue: 'The venue',
  attack: 'The attack',
  fire: 'The fire',
  evacuation: 'Rescue and evacuation',
  casualties: 'Casualties',
  victims: 'The victims',
  suspects: 'The suspects',
  investigation: 'The investigation',
  torture: 'Treatment of the suspects',
  responsibility: 'Responsibility',
  'ukraine-allegations': 'Claims about Ukraine',
  denials: 'Denials',
  reactions: 'Reactions',
  criticism: 'Criticism',
  mourning: 'Mourning',
  security: 'Security measures',
  migrants: 'Migrants',
  'death-penalty': 'Death penalty debate',
  aftermath: 'Aftermath',
  disinformation: 'Disinformation',
};

/** The name of the event itself, for headings. */
export function eventTitle(ctx: EngineContext): string {
  const main = ctx.core.entities.find((e) => e.id === ctx.mainEventId)?.name;
  if (main) return main;
  const s = ctx.subject.replace(/ (?:on|of) \d.*$/, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Timeline: 23 March 2024", "Timeline: 23 March 2024 – 25 March 2024". */
export function rangeTitle(r: DateRange): string {
  if (isOpenRange(r)) return 'Timeline';
  return `Timeline: ${r.from === r.to ? formatLongDate(r.from) : `${formatLongDate(r.from)} – ${formatLongDate(r.to)}`}`;
}

/** A short heading: the first entity named, else the first topic asked about, else the event. */
export function titleFor(u: Understanding, ctx: EngineContext): string {
  const entity = u.entities[0] && ctx.resolver.get(u.entities[0].ids[0] as string);
  if (entity) return entity.name;
  const topic = [...u.topics][0];
  if (topic) return TOPIC_TITLES[topic];
  if (u.range && !isOpenRange(u.range)) return rangeTitle(u.range);
  return eventTitle(ctx);
}
