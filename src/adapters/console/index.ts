import { createInterface } from 'node:readline';
import type { Command, Services } from '../../../commands/command.js';
import { proseOf, replyLanguage } from '../../../commands/reply-language.js';
import type { Lang } from '../../core/lang.js';
import { messages } from '../../core/messages/index.js';
import { notice, type Caller, type Reply } from '../../core/reply.js';
import { answerOf, type AnswerRef } from '../../store/feedback.js';
import { parseLine } from './parse-line.js';
import { renderReply } from './render.js';

/**
 * What the console adapter needs; `main.ts` passes process.stdin/stdout.
 * @example { services: { engine }, commands, input: process.stdin, output: process.stdout, now: () => new Date() }
 */
export interface ConsoleOptions {
  services: Services;
  commands: readonly Command[];
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  now: () => Date;
  /** Where to report a failing command (default: console.error, i.e. stderr). */
  onError?: (error: unknown, line: string) => void;
}

/** The local user owns the terminal, so may manage the console "channel" digests. */
const CALLER: Caller = { platform: 'console', userId: 'console', channelId: 'console', canManageChannel: true };

/** The language to tell the local user about a problem with a line in. */
function languageOf(line: string, opts: ConsoleOptions): Promise<Lang> {
  return replyLanguage({ caller: CALLER, services: opts.services }, proseOf(line, opts.commands));
}

async function handle(line: string, opts: ConsoleOptions, lastAnswer: AnswerRef | undefined): Promise<Reply> {
  const parsed = parseLine(line, opts.commands);
  if (!parsed.ok) {
    const lang = await languageOf(line, opts);
    const again = parseLine(line, opts.commands, messages(lang));
    return notice(again.ok ? parsed.problem : again.problem, lang, { error: true });
  }
  return parsed.command.run({ options: parsed.options, caller: CALLER, services: opts.services, now: opts.now, commands: opts.commands, lastAnswer });
}

/**
 * The console adapter: a prompt when the input is a terminal; with piped input it answers every line and
 * resolves at end of input. Lines are dispatched by their first word like the chat adapters' text
 * ("timeline 23 March", "sources <id>", "about", "help", "lang ru", "digest ..."), anything else is a question,
 * answered in Russian when asked in Russian. A failing command prints a short message and the session goes on.
 * @example await runConsole({ services, commands, input: process.stdin, output: process.stdout, now: () => new Date() })
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const interactive = opts.input.isTTY === true;
  const rl = createInterface({ input: opts.input, output: interactive ? opts.output : undefined, terminal: interactive });
  const write = (s: string) => opts.output.write(`${s}\n`);
  const onError = opts.onError ?? ((e: unknown) => console.error(e));
  if (interactive) {
    write('Ask about the Crocus City Hall attack, or type "help". Ctrl+D to quit.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  // What `feedback up|down` votes on: the last briefing that answered.
  let lastAnswer: AnswerRef | undefined;
  for await (const raw of rl) {
    const line = raw.trim();
    if (interactive && /^(?:exit|quit|\/exit|\/quit)$/i.test(line)) break;
    if (line) {
      try {
        const reply = await handle(line, opts, lastAnswer);
        if (reply.kind === 'briefing' && reply.briefing.answered) lastAnswer = answerOf(reply.briefing);
        write(renderReply(reply));
      } catch (e) {
        onError(e, line);
        write(messages(await languageOf(line, opts)).ui.consoleFailure);
      }
      if (!interactive) write('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
