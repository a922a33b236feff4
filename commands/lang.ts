import { isLang } from '../src/core/lang.js';
import { messages } from '../src/core/messages/index.js';
import { notice } from '../src/core/reply.js';
import type { Command } from './command.js';
import { replyLanguage } from './reply-language.js';

const text = messages('en').commands.lang;

/** `ru` and `en` pin the language; `auto` answers in the language of each question (then the platform's locale). */
const CHOICES = ['ru', 'en', 'auto'] as const;

/** `lang ru|en|auto`: the language the bot answers this person in, kept in the store per platform and user. */
export default {
  name: 'lang',
  description: text.description,
  options: [{ name: 'language', description: text.options.language, required: true, choices: CHOICES }],
  async run(ctx) {
    const choice = ctx.options.language?.trim().toLowerCase();
    const chosen = isLang(choice) ? choice : undefined;
    if (ctx.services.languages === undefined) {
      const lang = chosen ?? (await replyLanguage(ctx));
      return notice(messages(lang).lang.unavailable, lang, { ephemeral: true, error: true });
    }
    await ctx.services.languages.set(ctx.caller, chosen);
    // Back on auto, the confirmation is in the language the caller gets when a question says nothing of one.
    const lang = chosen ?? (await replyLanguage(ctx));
    return notice(chosen ? messages(lang).lang.set(chosen) : messages(lang).lang.auto, lang, { ephemeral: true });
  },
} satisfies Command;
