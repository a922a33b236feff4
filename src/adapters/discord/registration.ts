import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  OAuth2Scopes,
  PermissionFlagsBits,
  Routes,
  type LocalizationMap,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, CommandOption } from '../../../commands/command.js';
import type { Lang } from '../../core/lang.js';
import { commandText, messages } from '../../core/messages/index.js';
import { PRIVATE_OPTION, slashName } from './command-names.js';
import { clip, LIMITS } from './limits.js';

/** A command or option Discord would refuse; the message names the command and the field. */
export class CommandPayloadError extends Error {
  readonly code = 'DISCORD_COMMAND_INVALID';
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(name: string, where: string): void {
  if (!NAME.test(name)) {
    throw new CommandPayloadError(`${where}: name "${name}" must be 1-32 lower-case letters, digits, "-" or "_".`);
  }
}

/** Discord's locale for each language the bot answers in besides English (the default description). */
const DISCORD_LOCALES: Record<Exclude<Lang, 'en'>, Locale> = { ru: Locale.Russian };

/**
 * A description in every other language the message tables have it in, for `description_localizations`;
 * undefined when they have none (a command of the tests' own, an option the tables do not describe).
 */
function localized(describe: (lang: Exclude<Lang, 'en'>) => string | undefined, fallback: string): LocalizationMap | undefined {
  const entries = Object.entries(DISCORD_LOCALES).flatMap(([lang, locale]) => {
    const text = describe(lang as Exclude<Lang, 'en'>);
    return text === undefined ? [] : [[locale, clip(text, LIMITS.commandDescription, fallback)] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function optionPayload(option: CommandOption, where: string, command: string) {
  checkName(option.name, `${where} option`);
  if (option.name === PRIVATE_OPTION) {
    throw new CommandPayloadError(`${where}: option "${PRIVATE_OPTION}" is reserved (every command gets it).`);
  }
  const choices = option.choices ?? [];
  if (choices.length > LIMITS.choices) {
    throw new CommandPayloadError(`${where} option "${option.name}": ${choices.length} choices, Discord allows 25.`);
  }
  const tooLong = choices.find((c) => c.length === 0 || c.length > LIMITS.choiceName);
  if (tooLong !== undefined) {
    throw new CommandPayloadError(`${where} option "${option.name}": choice "${tooLong}" must be 1-100 characters.`);
  }
  const localizations = localized((lang) => commandText(messages(lang), command)?.options[option.name], option.name);
  return {
    type: ApplicationCommandOptionType.String as const,
    name: option.name,
    description: clip(option.description, LIMITS.commandDescription, option.name),
    ...(localizations && { description_localizations: localizations }),
    required: option.required,
    ...(option.maxLength !== undefined && {
      max_length: Math.min(Math.max(Math.trunc(option.maxLength), 1), LIMITS.optionMaxLength),
    }),
    ...(choices.length > 0 && { choices: choices.map((c) => ({ name: c, value: c })) }),
  };
}

/**
 * The body for PUT /applications/{id}/commands built from the shared command list: `ask` becomes
 * `/brief question:<text>`, every option a string option (required ones first, as Discord demands), and every
 * command a boolean `private` option. Descriptions carry `description_localizations` (Russian) from the message
 * tables, so Discord shows them in the user's language. Throws a CommandPayloadError naming the command Discord would refuse.
 * @example buildCommandPayload([about])[0] // { name: 'about', description: '...', options: [{ name: 'private', ... }] }
 */
export function buildCommandPayload(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const seen = new Set<string>();
  return commands.map((command) => {
    const name = slashName(command);
    const where = `Discord command "/${name}"`;
    checkName(name, where);
    if (seen.has(name)) throw new CommandPayloadError(`${where}: two commands are registered under this name.`);
    seen.add(name);
    if (command.options.length + 1 > LIMITS.commandOptions) {
      throw new CommandPayloadError(`${where}: ${command.options.length} options, Discord allows 24 plus "private".`);
    }
    const ordered = [...command.options].sort((a, b) => Number(b.required) - Number(a.required));
    const localizations = localized((lang) => commandText(messages(lang), command.name)?.description, name);
    return {
      type: ApplicationCommandType.ChatInput,
      name,
      description: clip(command.description, LIMITS.commandDescription, name),
      ...(localizations && { description_localizations: localizations }),
      options: [
        ...ordered.map((o) => optionPayload(o, where, command.name)),
        {
          type: ApplicationCommandOptionType.Boolean,
          name: PRIVATE_OPTION,
          description: messages('en').ui.privateOption,
          description_localizations: localized((lang) => messages(lang).ui.privateOption, PRIVATE_OPTION),
          required: false,
        },
      ],
      ...(command.managersOnly === true && { default_member_permissions: String(PermissionFlagsBits.ManageChannels) }),
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
  });
}

/** What a registration did, for the script to print. */
export interface RegistrationResult {
  scope: 'guild' | 'global';
  route: string;
  names: string[];
}

/**
 * Replaces the application's commands with `commands`: in one guild when `guildId` is set (instant, for
 * development), globally otherwise.
 */
export async function registerCommands(
  rest: REST,
  target: { applicationId: string; guildId?: string },
  commands: readonly Command[],
): Promise<RegistrationResult> {
  const body = buildCommandPayload(commands);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body });
  return { scope: target.guildId ? 'guild' : 'global', route, names: body.map((c) => c.name) };
}

/** What the bot needs in a channel: see it, read the message it replies to, post embeds, also in threads. */
const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/**
 * The URL that adds the bot to a server with the scopes (bot, applications.commands) and permissions it needs.
 * @example inviteUrl('1210000000000000001') // 'https://discord.com/oauth2/authorize?client_id=...&scope=bot+applications.commands&permissions=274877991936'
 */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: String(BOT_PERMISSIONS),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
