import { PermissionFlagsBits, type Client, type Message } from 'discord.js';
import type { Logger } from 'pino';
import type { Command, Services } from '../../../commands/command.js';
import { replyLanguage } from '../../../commands/reply-language.js';
import { replyLang, type Caller, type Reply } from '../../core/reply.js';
import { textToOptions } from './command-names.js';
import { logFields, noteMayHelp } from './errors.js';
import { renderReply, type RenderOptions } from './render.js';
import { sorry } from './respond.js';
import { stripMarkup } from './strip-markup.js';
import { withVotes } from './votes.js';

/** What the mention handler needs. */
export interface MentionDeps {
  client: Client;
  commands: readonly Command[];
  services: Services;
  logger: Logger;
  now: () => Date;
  render: RenderOptions;
}

function mentionCaller(message: Message): Caller {
  const perms = message.inGuild() ? message.channel.permissionsFor(message.author) : null;
  return {
    platform: 'discord',
    userId: message.author.id,
    userName: message.author.globalName ?? message.author.username,
    channelId: message.channelId,
    canManageChannel: message.inGuild() ? (perms?.has(PermissionFlagsBits.ManageChannels) ?? false) : true,
  };
}

/**
 * Handles MESSAGE_CREATE: a message that mentions the bot (or any message in a DM) runs `ask` with the text
 * and is answered as a reply to that message. Other bots, and @everyone alone, are ignored. Never rejects.
 */
export function createMentionHandler(deps: MentionDeps): (message: Message) => Promise<void> {
  const { client, logger } = deps;
  return async (message) => {
    const me = client.user;
    if (!me || message.author.bot || message.system) return;
    if (message.inGuild() && !message.mentions.has(me, { ignoreEveryone: true })) return;
    const ask = deps.commands.find((c) => c.name === 'ask');
    if (!ask) return;

    let reply: Reply;
    // The bot's own mention goes with every other piece of markup.
    const text = stripMarkup(message.content);
    const caller = mentionCaller(message);
    try {
      reply = await ask.run({ options: textToOptions(ask, text), caller, services: deps.services, now: deps.now, commands: deps.commands });
    } catch (err) {
      logger.error({ err }, 'discord: ask failed for a mention');
      reply = sorry(await replyLanguage({ caller, services: deps.services }, text));
    }
    try {
      await message.reply(renderReply(reply, await withVotes(reply, deps.render, deps.services.feedback)));
    } catch (err) {
      logger.error({ ...logFields(err), channelId: message.channelId }, 'discord: could not reply to a mention');
      if (!noteMayHelp(err)) return;
      await message
        .reply(renderReply(sorry(replyLang(reply)), deps.render))
        .catch((e: unknown) => logger.error(logFields(e), 'discord: could not send the error note either'));
    }
  };
}
