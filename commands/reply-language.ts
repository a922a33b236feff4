import { questionLang } from '../src/core/brief/question-lang.js';
import { chooseLang, type Lang } from '../src/core/lang.js';
import type { Command, CommandContext } from './command.js';

/**
 * The language to answer a caller in (see `chooseLang`): the language they chose with `lang`, else the language of
 * `text` (what they typed, for commands that read words: its script, or Russian in Latin letters), else their
 * platform's locale, else English.
 * Adapters use it too, for the notices they write themselves (usage, failures).
 * @example await replyLanguage(ctx, ctx.options.question) // 'ru' for "Сколько погибших?"
 */
export async function replyLanguage(ctx: Pick<CommandContext, 'caller' | 'services'>, text?: string): Promise<Lang> {
  const preference = await ctx.services.languages?.get(ctx.caller);
  return chooseLang({ preference, written: questionLang(text), locale: ctx.caller.locale });
}

/**
 * What of a typed line says which language it is in: the whole line when it is a question, nothing when it starts
 * with a command's name (`lang de`, `digest subscribe ...`: a command's own words are Latin whatever one reads).
 * @example proseOf('lang de', commands) === undefined; proseOf('Кто стрелял?', commands) === 'Кто стрелял?'
 */
export function proseOf(line: string, commands: readonly Command[]): string | undefined {
  const first = line.trim().split(/\s+/)[0]?.toLowerCase();
  return commands.some((c) => c.name === first) ? undefined : line;
}
