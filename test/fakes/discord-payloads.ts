/**
 * Gateway payloads as Discord sends them (API v10), trimmed to the fields discord.js reads. Ids are real-looking
 * snowflakes because discord.js derives timestamps from them.
 */

export const IDS = {
  app: '1210000000000000001',
  bot: '1210000000000000001',
  guild: '1210000000000000100',
  channel: '1210000000000000200',
  thread: '1210000000000000300',
  dm: '1210000000000000400',
  user: '1210000000000000500',
  moderator: '1210000000000000600',
  modRole: '1210000000000000700',
} as const;

/** Permission bits used here (ViewChannel | SendMessages | EmbedLinks | ReadMessageHistory; ManageChannels). */
export const PERMS = { member: String(1024 + 2048 + 16384 + 65536), manageChannels: '16' } as const;

let seq = 1_300_000_000_000_000_000n;
/** A fresh snowflake, increasing. */
export function snowflake(): string {
  seq += 1n;
  return String(seq);
}

export function user(id: string, username: string, bot = false) {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot };
}

const botUser = user(IDS.bot, 'crocus-brief', true);
const asker = user(IDS.user, 'asker');

/** READY; `guilds` are the ids of the guilds on this connection's shard (default the one guild). */
export function readyPayload(sessionId: string, resumeUrl: string, guilds: readonly string[] = [IDS.guild]) {
  return {
    v: 10,
    user: botUser,
    guilds: guilds.map((id) => ({ id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    application: { id: IDS.app, flags: 0 },
  };
}

function role(id: string, name: string, permissions: string, position: number) {
  return { id, name, permissions, position, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 };
}

function member(u: ReturnType<typeof user>, roles: string[]) {
  return { user: u, roles, joined_at: '2024-03-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 };
}

export function guildCreatePayload() {
  return {
    id: IDS.guild,
    name: 'Newsroom',
    owner_id: IDS.moderator,
    unavailable: false,
    member_count: 3,
    roles: [role(IDS.guild, '@everyone', PERMS.member, 0), role(IDS.modRole, 'mods', PERMS.manageChannels, 1)],
    channels: [{ id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'news', position: 0, permission_overwrites: [] }],
    threads: [
      {
        id: IDS.thread,
        type: 11,
        guild_id: IDS.guild,
        parent_id: IDS.channel,
        name: 'crocus',
        owner_id: IDS.user,
        thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false, archive_timestamp: '2024-03-23T00:00:00.000Z' },
      },
    ],
    members: [member(botUser, []), member(asker, [])],
    emojis: [],
    stickers: [],
    features: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export interface MessageSpec {
  content: string;
  channelId?: string;
  /** Omit for a DM. */
  guildId?: string | null;
  mentionsBot?: boolean;
  mentionEveryone?: boolean;
  author?: ReturnType<typeof user>;
}

/** A Discord message object: every field the API sends, with quiet defaults, and `fields` on top. */
export function messageObject(channelId: string, author: object, fields: Record<string, unknown> = {}): { id: string; channel_id: string } & Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: channelId,
    author,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...fields,
  };
}

/**
 * MESSAGE_CREATE as received without the MessageContent intent: content is present because the bot is mentioned
 * (or in a DM). `channel_type` is what lets discord.js build an uncached DM channel.
 */
export function messageCreatePayload(spec: MessageSpec) {
  const author = spec.author ?? asker;
  const guildId = spec.guildId === undefined ? IDS.guild : spec.guildId;
  const channelId = spec.channelId ?? IDS.channel;
  return {
    ...messageObject(channelId, author, {
      content: spec.content,
      mention_everyone: spec.mentionEveryone ?? false,
      mentions: spec.mentionsBot ? [botUser] : [],
    }),
    channel_type: guildId ? (channelId === IDS.thread ? 11 : 0) : 1,
    ...(guildId ? { guild_id: guildId, member: { roles: [], joined_at: '2024-03-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } } : {}),
  };
}

export interface CommandOptionValue {
  name: string;
  type: 3 | 5;
  value: string | boolean;
}

function interactionBase(permissions: string, channelId: string, locale = 'en-GB') {
  return {
    id: snowflake(),
    application_id: IDS.app,
    token: `tok-${snowflake()}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: IDS.guild, name: 'news' },
    member: { ...member(asker, []), permissions },
    app_permissions: PERMS.member,
    locale,
    guild_locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
  };
}

/** INTERACTION_CREATE for a slash command (type 2, chat input), from a user whose Discord client is in `locale`. */
export function slashPayload(name: string, options: CommandOptionValue[] = [], permissions: string = PERMS.member, locale = 'en-GB') {
  return {
    ...interactionBase(permissions, IDS.channel, locale),
    type: 2,
    data: { id: snowflake(), name, type: 1, options },
  };
}

/** INTERACTION_CREATE for a button click (type 3) on one of the bot's messages. */
export function buttonPayload(customId: string) {
  const message = messageObject(IDS.channel, botUser, { components: [] });
  return {
    ...interactionBase(PERMS.member, IDS.channel),
    type: 3,
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}
