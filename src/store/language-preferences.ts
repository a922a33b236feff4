import type { Logger } from 'pino';
import type { Lang } from '../core/lang.js';
import type { Caller } from '../core/reply.js';
import type { Store } from './store.js';

/** Who chose a language: a user of one platform. */
export type Person = Pick<Caller, 'platform' | 'userId'>;

/** What the `lang` command and the language choice ask of the store. */
export interface LanguagePreferences {
  /** The language the person chose, if any. A failing store is logged and read as no choice: no answer fails for it. */
  get(person: Person): Promise<Lang | undefined>;
  /** Records the person's language; `undefined` forgets it (`lang auto`). */
  set(person: Person, lang: Lang | undefined): Promise<void>;
}

/**
 * Language preferences over the store, one row per platform and user.
 * @example const languages = createLanguagePreferences(store, logger, () => new Date()); await languages.set(caller, 'ru');
 */
export function createLanguagePreferences(store: Store, logger: Logger, now: () => Date): LanguagePreferences {
  return {
    async get(person) {
      try {
        return await store.languagePreference(person.platform, person.userId);
      } catch (err) {
        logger.warn({ err, platform: person.platform, user: person.userId }, 'store: language preference unavailable; choosing by the question');
        return undefined;
      }
    },
    set: (person, lang) => store.setLanguagePreference(person.platform, person.userId, lang, now()),
  };
}
