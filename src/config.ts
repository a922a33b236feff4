import { z } from 'zod';

/**
 * The only place that reads the environment. `loadConfig(process.env)` after dotenv, once, in main.
 * Missing platform tokens are not errors: that platform is off, and `notes` says which key is missing
 * and what still works.
 */
export interface Config {
  factsDir: string;
  logLevel: string;
  digestTimeZone: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /**
   * Votes and abstentions are recorded only with a salt (FEEDBACK_SALT): user ids are stored as a salted hash,
   * and a salt made up at start would make the same person a stranger after each restart.
   */
  feedback?: { salt: string };
  /** Where the bot writes its pid, for `npm run facts:reload` (PID_FILE, default data/bot.pid). */
  pidFile: string;
  /**
   * PORT when it is set: where `/health`, `/ready` and `/metrics` are served. Slack's receiver serves them on its
   * own port (PORT, default 3000); without Slack a small server listens here, and not at all when PORT is unset.
   */
  port?: number;
  /** Votes and abstentions older than this many days are pruned by the scheduler (RETENTION_DAYS, default 30). */
  retentionDays: number;
  slack?: {
    botToken: string;
    mode: 'socket' | 'http';
    signingSecret?: string;
    appToken?: string;
    port: number;
    apiUrl?: string;
    /** Slack user ids allowed to manage digests besides workspace admins. */
    digestAdmins: string[];
  };
  discord?: {
    token: string;
    applicationId: string;
    guildId?: string;
    apiUrl?: string;
    /**
     * Gateway sharding (DISCORD_SHARDS, DISCORD_SHARD_IDS): `count` shards in all, of which this process runs
     * `ids` (default all). `'auto'`: Discord's recommended count, all in this process. Absent: one shard.
     */
    shards?: { count: number | 'auto'; ids?: number[] };
  };
  /** Human-readable lines on what is off and why. */
  notes: string[];
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  FACTS_DIR: optional,
  LOG_LEVEL: optional,
  DIGEST_TIMEZONE: optional,
  FEEDBACK_SALT: optional,
  RETENTION_DAYS: optional,
  PID_FILE: optional,
  DATABASE_URL: optional,
  DATABASE_FILE: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_MODE: optional,
  SLACK_API_URL: optional,
  SLACK_DIGEST_ADMINS: optional,
  PORT: optional,
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optional,
  DISCORD_SHARDS: optional,
  DISCORD_SHARD_IDS: optional,
});

/** Thrown for config that is present but wrong (a bad port, an unknown mode): start-up stops. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const WHAT_STILL_WORKS = 'Unset it to run Discord on one shard; Slack and the console do not need it.';

/** DISCORD_SHARDS and DISCORD_SHARD_IDS: "auto" or a count, and which ids ("0,2" or "0-3") this process runs. */
function parseShards(count: string | undefined, ids: string | undefined): { count: number | 'auto'; ids?: number[] } | undefined {
  if (count === undefined) {
    if (ids !== undefined) throw new ConfigError(`DISCORD_SHARD_IDS needs DISCORD_SHARDS, the total number of shards every process agrees on. ${WHAT_STILL_WORKS}`);
    return undefined;
  }
  if (count === 'auto') {
    if (ids !== undefined) throw new ConfigError(`DISCORD_SHARD_IDS needs DISCORD_SHARDS to be a number: with "auto" each process could be told a different count. ${WHAT_STILL_WORKS}`);
    return { count: 'auto' };
  }
  const total = Number(count);
  if (!/^\d+$/.test(count) || total < 1) throw new ConfigError(`DISCORD_SHARDS: "${count}" must be "auto" or a whole number of shards (1 or more). ${WHAT_STILL_WORKS}`);
  if (ids === undefined) return { count: total };
  const list: number[] = [];
  for (const part of ids.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new ConfigError(`DISCORD_SHARD_IDS: "${part}" is not a shard id or a range like 0-3. ${WHAT_STILL_WORKS}`);
    const [from, to] = [Number(range[1]), Number(range[2] ?? range[1])];
    for (let id = from; id <= to; id++) {
      if (id >= total) throw new ConfigError(`DISCORD_SHARD_IDS: shard ${id} does not exist with DISCORD_SHARDS=${total} (ids run 0 to ${total - 1}). ${WHAT_STILL_WORKS}`);
      if (!list.includes(id)) list.push(id);
    }
  }
  if (list.length === 0) throw new ConfigError(`DISCORD_SHARD_IDS: "${ids}" names no shard. ${WHAT_STILL_WORKS}`);
  return { count: total, ids: list.sort((a, b) => a - b) };
}

/** Parses the environment into a frozen Config. */
export function loadConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const e = EnvSchema.parse(env);
  const notes: string[] = [];

  const digestTimeZone = e.DIGEST_TIMEZONE ?? 'UTC';
  if (!isTimeZone(digestTimeZone)) {
    throw new ConfigError(`DIGEST_TIMEZONE: "${digestTimeZone}" is not an IANA time zone (e.g. Europe/Moscow).`);
  }

  const port = e.PORT === undefined ? 3000 : Number(e.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT: "${e.PORT}" is not a port number.`);
  }

  const retentionDays = e.RETENTION_DAYS === undefined ? 30 : Number(e.RETENTION_DAYS);
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new ConfigError(`RETENTION_DAYS: "${e.RETENTION_DAYS}" is not a whole number of days (1 or more).`);
  }
  if (e.FEEDBACK_SALT !== undefined && e.FEEDBACK_SALT.length < 16) {
    throw new ConfigError('FEEDBACK_SALT: too short; use at least 16 random characters (e.g. `openssl rand -hex 16`).');
  }

  const database: Config['database'] = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'sqlite', file: e.DATABASE_FILE ?? 'data/bot.sqlite' };

  let slack: Config['slack'];
  const mode = e.SLACK_MODE ?? (e.SLACK_APP_TOKEN ? 'socket' : 'http');
  if (mode !== 'socket' && mode !== 'http') {
    throw new ConfigError(`SLACK_MODE: "${mode}" must be "socket" or "http".`);
  }
  const slackWanted = e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_MODE;
  const slackMissing = [
    !e.SLACK_BOT_TOKEN && 'SLACK_BOT_TOKEN',
    mode === 'socket' && !e.SLACK_APP_TOKEN && 'SLACK_APP_TOKEN',
    mode === 'http' && !e.SLACK_SIGNING_SECRET && 'SLACK_SIGNING_SECRET',
  ].filter((k): k is string => typeof k === 'string');
  if (slackMissing.length === 0) {
    slack = {
      botToken: e.SLACK_BOT_TOKEN as string,
      mode,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      port,
      apiUrl: e.SLACK_API_URL,
      digestAdmins: (e.SLACK_DIGEST_ADMINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    };
  } else if (slackWanted) {
    notes.push(`Slack is off: ${slackMissing.join(' and ')} missing (${mode} mode). Discord and the console still work.`);
  } else {
    notes.push('Slack is off: no SLACK_BOT_TOKEN set.');
  }

  const shards = parseShards(e.DISCORD_SHARDS, e.DISCORD_SHARD_IDS);
  let discord: Config['discord'];
  const discordMissing = [
    !e.DISCORD_TOKEN && 'DISCORD_TOKEN',
    !e.DISCORD_APPLICATION_ID && 'DISCORD_APPLICATION_ID',
  ].filter((k): k is string => typeof k === 'string');
  if (discordMissing.length === 0) {
    discord = {
      token: e.DISCORD_TOKEN as string,
      applicationId: e.DISCORD_APPLICATION_ID as string,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
      shards,
    };
  } else if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    notes.push(`Discord is off: ${discordMissing.join(' and ')} missing. Slack and the console still work.`);
  } else {
    notes.push('Discord is off: no DISCORD_TOKEN set.');
  }

  if (e.FEEDBACK_SALT === undefined) {
    notes.push('Feedback is off: no FEEDBACK_SALT set, so votes and unanswered questions are not recorded. Answers still work.');
  }

  const config: Config = {
    factsDir: e.FACTS_DIR ?? 'facts',
    logLevel: e.LOG_LEVEL ?? 'info',
    digestTimeZone,
    database,
    feedback: e.FEEDBACK_SALT === undefined ? undefined : { salt: e.FEEDBACK_SALT },
    retentionDays,
    port: e.PORT === undefined ? undefined : port,
    pidFile: e.PID_FILE ?? 'data/bot.pid',
    slack,
    discord,
    notes,
  };
  return Object.freeze(config);
}
