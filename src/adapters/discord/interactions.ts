import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Command, Services } from '../../../commands/command.js';
import { voteReply } from '../../../commands/feedback.js';
import { replyLanguage } from '../../../commands/reply-language.js';
import { localeLang } from '../../core/lang.js';
import { messages } from '../../core/messages/index.js';
import { notice, type Caller } from '../../core/reply.js';
import { commandForSlash, PRIVATE_OPTION } from './command-names.js';
import { factIdFromCustomId, voteFromCustomId } from './render-items.js';
import { respond, type AnswerableInteraction, type RespondDeps } from './respond.js';
import { stripMarkup } from './strip-markup.js';

/** What the interaction handler needs. */
export interface InteractionDeps extends RespondDeps {
  commands: readonly Command[];
  services: Services;
  now: () => Date;
}

/**
 * The caller of an interaction; in a DM the user is the only one who could manage the channel. `locale` is the
 * language of the user's Discord client (`interaction.locale`, "ru"), when the bot answers in it.
 */
export function interactionCaller(interaction: AnswerableInteraction): Caller {
  const caller: Caller = {
    platform: 'discord',
    userId: interaction.user.id,
    userName: interaction.user.globalName ?? interaction.user.username,
    channelId: interaction.channelId ?? interaction.user.id,
    canManageChannel: interaction.inGuild()
      ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false)
      : true,
  };
  const locale = localeLang(interaction.locale);
  if (locale !== undefined) caller.locale = locale;
  return caller;
}

/**
 * Handles INTERACTION_CREATE: a slash command runs the shared command of that name (`/brief` runs `ask`);
 * a Sources button runs `sources` for its fact and a 👍 / 👎 button stores the clicker's vote on the answer it sits
 * under; buttons answer only the clicker. Never rejects.
 */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const run = (command: Command, options: Record<string, string | undefined>, caller: Caller) => () =>
    command.run({ options, caller, services: deps.services, now: deps.now, commands: deps.commands });

  // The language to apologise in: the caller's, and a question's script (other options are not prose).
  const languageOf = (caller: Caller, question?: string) => () => replyLanguage({ caller, services: deps.services }, question);

  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      const caller = interactionCaller(interaction);
      const command = commandForSlash(deps.commands, interaction.commandName);
      const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
      if (!command) {
        deps.logger.warn({ command: interaction.commandName }, 'discord: unknown slash command');
        const gone = async () => {
          const lang = await languageOf(caller)();
          return notice(messages(lang).ui.commandGone, lang, { ephemeral: true });
        };
        await respond(interaction, gone, true, deps);
        return;
      }
      const options: Record<string, string | undefined> = {};
      for (const option of command.options) options[option.name] = stripMarkup(interaction.options.getString(option.name) ?? '') || undefined;
      const question = command.name === 'ask' ? options[command.options[0]?.name ?? ''] : undefined;
      await respond(interaction, run(command, options, caller), ephemeral, deps, languageOf(caller, question));
      return;
    }
    if (interaction.isButton()) {
      const voted = voteFromCustomId(interaction.customId);
      if (voted !== undefined) {
        const caller = interactionCaller(interaction);
        const feedback = deps.services.feedback;
        const cast = async () => {
          const answer = await feedback?.recall(voted.answerId);
          return voteReply(deps.services, caller, answer, voted.vote, await languageOf(caller, answer?.question)());
        };
        await respond(interaction, cast, true, deps, languageOf(caller));
        return;
      }
      const factId = factIdFromCustomId(interaction.customId);
      const sources = deps.commands.find((c) => c.name === 'sources');
      if (factId === undefined || !sources) return;
      const optionName = sources.options[0]?.name ?? 'fact';
      const caller = interactionCaller(interaction);
      await respond(interaction, run(sources, { [optionName]: factId }, caller), true, deps, languageOf(caller));
    }
  };
}
