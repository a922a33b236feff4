import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Command, Services } from '../../../commands/command.js';
import type { Caller, Reply } from '../../core/reply.js';
import { commandForSlash, PRIVATE_OPTION } from './command-names.js';
import { factIdFromCustomId } from './render-items.js';
import { respond, type AnswerableInteraction, type RespondDeps } from './respond.js';
import { stripMarkup } from './strip-markup.js';

/** What the interaction handler needs. */
export interface InteractionDeps extends RespondDeps {
  commands: readonly Command[];
  services: Services;
  now: () => Date;
}

/** The caller of an interaction; in a DM the user is the only one who could manage the channel. */
export function interactionCaller(interaction: AnswerableInteraction): Caller {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    userName: interaction.user.globalName ?? interaction.user.username,
    channelId: interaction.channelId ?? interaction.user.id,
    canManageChannel: interaction.inGuild()
      ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false)
      : true,
  };
}

const notice = (text: string): Reply => ({ kind: 'notice', text, ephemeral: true });

/**
 * Handles INTERACTION_CREATE: a slash command runs the shared command of that name (`/brief` runs `ask`);
 * a Sources button runs `sources` for its fact and answers only to the clicker. Never rejects.
 */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const run = (command: Command, options: Record<string, string | undefined>, caller: Caller) => () =>
    command.run({ options, caller, services: deps.services, now: deps.now, commands: deps.commands });

  return async (interaction) => {
    if (interaction.isChatInputCommand()) {
      const command = commandForSlash(deps.commands, interaction.commandName);
      const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
      if (!command) {
        deps.logger.warn({ command: interaction.commandName }, 'discord: unknown slash command');
        await respond(interaction, () => notice('That command is no longer available.'), true, deps);
        return;
      }
      const options: Record<string, string | undefined> = {};
      for (const option of command.options) options[option.name] = stripMarkup(interaction.options.getString(option.name) ?? '') || undefined;
      await respond(interaction, run(command, options, interactionCaller(interaction)), ephemeral, deps);
      return;
    }
    if (interaction.isButton()) {
      const factId = factIdFromCustomId(interaction.customId);
      const sources = deps.commands.find((c) => c.name === 'sources');
      if (factId === undefined || !sources) return;
      const optionName = sources.options[0]?.name ?? 'fact';
      await respond(interaction, run(sources, { [optionName]: factId }, interactionCaller(interaction)), true, deps);
    }
  };
}
