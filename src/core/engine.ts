import { about } from './brief/about.js';
import { answer } from './brief/answer.js';
import { buildContext, inLanguage, type EngineContext } from './brief/context.js';
import { factSources } from './brief/fact-sources.js';
import { prepareOverview } from './brief/overview.js';
import { timeline } from './brief/timeline.js';
import { questionLang } from './brief/question-lang.js';
import type { Lang } from './lang.js';
import type { Terms } from './search/fact-terms.js';
import type { Briefing, FactCore } from './types.js';

/** How to answer: the language to write the briefing in. */
export interface AnswerOptions {
  /** Undefined: the question's own language (`questionLang`: Cyrillic, or Russian in Latin letters, is Russian), else English. */
  lang?: Lang;
}

/**
 * The briefing engine: a fact core plus its search index. Pure: no I/O, no clock, no platform SDK.
 * `createEngine(core)` builds it once at start-up. The language only changes how the answer is written: the
 * facts found, and whether the engine abstains, depend on the question alone.
 */
export interface Engine {
  readonly core: FactCore;
  /** A question in, a short sourced briefing out (or an abstention). */
  brief(query: string, options?: AnswerOptions): Briefing;
  /** The timeline, of the whole event or of one day (`date` as people type it: "23 March", "2024-03-23"). */
  timeline(date?: string, options?: AnswerOptions): Briefing;
  /** The full citations of one fact (English unless `options.lang` says otherwise). */
  sources(factId: string, options?: AnswerOptions): Briefing;
  /** What the bot covers: fact count, date of the newest source (English unless `options.lang` says otherwise). */
  about(options?: AnswerOptions): Briefing;
}

/** A briefing says its language when it is not English, so English briefings stay as they were. */
function marked(b: Briefing, lang: Lang): Briefing {
  return lang === 'en' ? b : { ...b, lang };
}

/**
 * Builds the engine: indexes the facts and their entities once; every call after is pure and synchronous.
 * `terms`: a seeded memo of index terms (see compiled-core.ts), so a start from `dist/` stems nothing twice.
 * @example const engine = createEngine(loadFactCore('facts')); engine.brief('Сколько человек погибло?').text // 'Погибли не менее 144 человек ...'
 */
export function createEngine(core: FactCore, terms?: Terms): Engine {
  const base: EngineContext = buildContext(core, terms);
  prepareOverview(base);
  const views: Record<Lang, EngineContext> = { en: base, ru: inLanguage(base, 'ru') };
  const langOf = (text: string | undefined, options: AnswerOptions = {}) => options.lang ?? questionLang(text) ?? 'en';
  return {
    core,
    brief: (query, options) => {
      const lang = langOf(String(query ?? ''), options);
      return marked(answer(String(query ?? ''), views[lang]), lang);
    },
    timeline: (date, options) => {
      const lang = langOf(date, options);
      return marked(timeline(date, views[lang]), lang);
    },
    sources: (factId, options) => {
      const lang = options?.lang ?? 'en';
      return marked(factSources(String(factId ?? ''), views[lang]), lang);
    },
    about: (options) => {
      const lang = options?.lang ?? 'en';
      return marked(about(views[lang]), lang);
    },
  };
}
