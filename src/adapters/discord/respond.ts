import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../core/lang.js';
import { messages } from '../../core/messages/index.js';
import { notice, replyLang, type Reply } from '../../core/reply.js';
import { logFields, noteMayHelp } from './errors.js';
import type { FeedbackLog } from '../../store/feedback.js';
import { renderReply, type DiscordMessage, type RenderOptions } from './render.js';
import { withVotes } from './votes.js';

/** Interactions we answer: slash commands, Sources and vote buttons. */
export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** What answering needs besides the interaction. */
export interface RespondDeps {
  logger: Logger;
  render: RenderOptions;
  /**
   * Past this many ms of work (the command, saving the answer for its vote buttons, rendering) the interaction is
   * deferred (type 5) and the answer edited in later.
   */
  deferAfterMs: number;
  /** When set, answered briefings carry 👍 / 👎 buttons. */
  feedback?: FeedbackLog | undefined;
}

/**
 * The note shown when a command failed or Discord refused the answer, in the asker's language. Only the asker
 * needs to see that something failed.
 */
export function sorry(lang: Lang): Reply {
  return notice(messages(lang).ui.discordFailure, lang, { error: true, ephemeral: true });
}

/** Runs `work` and never rejects: a failure becomes the short error note, and is logged. */
function settle(work: () => Reply | Promise<Reply>, logger: Logger, lang: () => Promise<Lang>): Promise<Reply> {
  return Promise.resolve()
    .then(work)
    .catch(async (err: unknown) => {
      logger.error({ err }, 'discord: command failed');
      return sorry(await lang());
    });
}

function waitOrTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const TIMED_OUT = Symbol('timed out');

/** Sends `message`; if Discord refuses it and a note could still land, sends the short note (in `lang`) instead. */
async function sendOrNote(send: (m: DiscordMessage) => Promise<unknown>, message: DiscordMessage, lang: Lang, deps: RespondDeps) {
  try {
    await send(message);
  } catch (err) {
    deps.logger.error(logFields(err), 'discord: could not send the answer');
    if (!noteMayHelp(err)) return;
    await send(renderReply(sorry(lang), deps.render)).catch((e: unknown) => {
      deps.logger.error(logFields(e), 'discord: could not send the error note either');
    });
  }
}

/** A reply and the message it renders to (vote buttons included, which saves the answer in the store first). */
async function prepare(reply: Reply, deps: RespondDeps): Promise<{ reply: Reply; message: DiscordMessage }> {
  return { reply, message: renderReply(reply, await withVotes(reply, deps.render, deps.feedback)) };
}

/**
 * Answers an interaction within Discord's 3 s deadline: a direct reply (one callback) when the work and the
 * message are ready before `deferAfterMs`, which is what nearly every question does (the engine answers in
 * milliseconds); otherwise a deferred reply (callback type 5) edited once they are. The timer covers saving the
 * answer for its vote buttons too, so a slow store defers rather than misses the deadline. The deferral is
 * private when `ephemeral`; a private answer to a public deferral becomes a private follow-up. A failure is
 * apologised for in `failureLang()`, the asker's language. Never rejects.
 */
export async function respond(
  interaction: AnswerableInteraction,
  work: () => Reply | Promise<Reply>,
  ephemeral: boolean,
  deps: RespondDeps,
  failureLang: () => Promise<Lang> = async () => 'en',
): Promise<void> {
  const pending = settle(work, deps.logger, failureLang).then((reply) => prepare(reply, deps));
  const early = await waitOrTimeout(pending, deps.deferAfterMs);
  if (early !== TIMED_OUT) {
    const flags = ephemeral || early.reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
    await sendOrNote((m) => interaction.reply({ ...m, ...flags }), early.message, replyLang(early.reply), deps);
    return;
  }
  try {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (err) {
    deps.logger.error(logFields(err), 'discord: could not defer the interaction');
    return;
  }
  const { reply, message } = await pending;
  if (reply.ephemeral && !ephemeral) {
    // Deferred in public, but the command answers only the asker: follow up privately, drop the placeholder.
    const privately = async (m: DiscordMessage) => {
      await interaction.followUp({ ...m, flags: MessageFlags.Ephemeral });
      await interaction.deleteReply().catch((err: unknown) => deps.logger.warn(logFields(err), 'discord: placeholder stays'));
    };
    await sendOrNote(privately, message, replyLang(reply), deps);
    return;
  }
  await sendOrNote((m) => interaction.editReply(m), message, replyLang(reply), deps);
}
