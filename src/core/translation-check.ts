/**
 * Checks that a fact's Russian text says the same numbers and dates as its English text: "144" stays "144",
 * "12,900" may be written "12 900", "22 March" is "22 марта". Words for numbers ("three", "три") are left to
 * the editors.
 * @example translationMismatch('144 people died on 22 March.', '22 марта погибли 144 человека.') // undefined
 */
export function translationMismatch(en: string, ru: string): string | undefined {
  const a = figures(en, EN_MONTHS, /(\d),(\d{3})\b/g);
  const b = figures(ru, RU_MONTHS, /\b(\d{1,3})[\s\u00a0\u202f](\d{3})\b/g);
  const missing = [...a].filter((x) => !b.has(x));
  const added = [...b].filter((x) => !a.has(x));
  if (missing.length === 0 && added.length === 0) return undefined;
  const parts = [];
  if (missing.length) parts.push(`lacks ${missing.map(show).join(', ')} of the English text`);
  if (added.length) parts.push(`has ${added.map(show).join(', ')} that the English text does not`);
  return parts.join('; ');
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const show = (x: string) => (x.startsWith('date:') ? `the date ${x.slice(5)}` : `"${x}"`);

/** Numbers and dates of an English text, as `figures` reads them ("date:22-03", "144"). */
export function englishFigures(text: string): Set<string> {
  return figures(text, EN_MONTHS, /(\d),(\d{3})\b/g);
}

/** Dates as "date:DD-MM", then every other run of digits (thousands separators removed). */
function figures(text: string, months: readonly string[], thousands: RegExp): Set<string> {
  const out = new Set<string>();
  let rest = text.toLowerCase().replace(thousands, '$1$2');
  // Lookarounds on letters, not \b: \b knows only Latin letters, so it never ends "марта".
  const list = months.join('|');
  const dateRe = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${list})(?!\\p{L})|(?<!\\p{L})(${list})\\s+(\\d{1,2})(?!\\d)`, 'gu');
  rest = rest.replace(dateRe, (_m, d1: string | undefined, m1: string | undefined, m2: string | undefined, d2: string | undefined) => {
    const day = Number(d1 ?? d2);
    const month = months.indexOf((m1 ?? m2) as string) + 1;
    out.add(`date:${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`);
    return ' ';
  });
  for (const m of rest.matchAll(/\d+/g)) out.add(String(Number(m[0])));
  return out;
}
