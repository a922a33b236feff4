/** The languages the bot answers in. English is the default: a value without a language is English. */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Whether a string names a language the bot answers in. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language a text is written in, by its letters: more Cyrillic than Latin letters is Russian, any Latin
 * letter otherwise is English, and a text with neither ("144?", an empty option) says nothing.
 * A Latin question with one Cyrillic name ("Was the band Пикник there?") is still English.
 * @example scriptLang('Сколько погибших?') === 'ru'; scriptLang('death toll') === 'en'; scriptLang('23/03') === undefined
 */
export function scriptLang(text: string | undefined): Lang | undefined {
  if (!text) return undefined;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  return latin > 0 ? 'en' : undefined;
}

/**
 * The language of a platform locale, when it is one the bot answers in.
 * @example localeLang('ru') === 'ru'; localeLang('ru_RU') === 'ru'; localeLang('en-GB') === 'en'; localeLang('de') === undefined
 */
export function localeLang(locale: string | undefined): Lang | undefined {
  const code = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(code) ? code : undefined;
}

/** What decides the language of an answer; see `chooseLang`. */
export interface LangSignals {
  /** What the person chose with `lang ru|en` (undefined: `auto`, or never chosen). */
  preference?: Lang;
  /** The language of what they typed (`questionLang`), when it says. */
  written?: Lang;
  /** The language of the person's platform locale (Discord interaction locale, Slack user locale). */
  locale?: Lang;
}

/**
 * The language to answer in: an explicit preference first (the person said so), then the language of what they
 * typed (the most direct sign of what they read), then their platform's locale, then English.
 * @example chooseLang({ written: 'en', locale: 'ru' }) === 'en'; chooseLang({ locale: 'ru' }) === 'ru'
 */
export function chooseLang(signals: LangSignals): Lang {
  return signals.preference ?? signals.written ?? signals.locale ?? 'en';
}
