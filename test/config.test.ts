import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('runs with no keys at all: console only, embedded store, UTC digests', () => {
    const config = loadConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.database).toEqual({ kind: 'sqlite', file: 'data/bot.sqlite' });
    expect(config.digestTimeZone).toBe('UTC');
    expect(config.notes).toEqual([
      'Slack is off: no SLACK_BOT_TOKEN set.',
      'Discord is off: no DISCORD_TOKEN set.',
      'Feedback is off: no FEEDBACK_SALT set, so votes and unanswered questions are not recorded. Answers still work.',
    ]);
    expect(config.retentionDays).toBe(30);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names the missing Slack key for the chosen mode and says what still works', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http' });
    expect(config.slack).toBeUndefined();
    expect(config.notes[0]).toBe('Slack is off: SLACK_SIGNING_SECRET missing (http mode). Discord and the console still work.');
  });

  it('reads Discord sharding: a count or auto, and which shard ids this process runs', () => {
    const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' };
    expect(loadConfig(discord).discord?.shards).toBeUndefined();
    expect(loadConfig({ ...discord, DISCORD_SHARDS: 'auto' }).discord?.shards).toEqual({ count: 'auto' });
    expect(loadConfig({ ...discord, DISCORD_SHARDS: '4' }).discord?.shards).toEqual({ count: 4 });
    expect(loadConfig({ ...discord, DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '3, 0-1' }).discord?.shards).toEqual({ count: 4, ids: [0, 1, 3] });
  });

  it.each([
    [{ DISCORD_SHARDS: 'many' }, /DISCORD_SHARDS: "many" must be "auto" or a whole number/],
    [{ DISCORD_SHARDS: '0' }, /DISCORD_SHARDS: "0"/],
    [{ DISCORD_SHARD_IDS: '0' }, /DISCORD_SHARD_IDS needs DISCORD_SHARDS/],
    [{ DISCORD_SHARDS: 'auto', DISCORD_SHARD_IDS: '0' }, /DISCORD_SHARD_IDS needs DISCORD_SHARDS to be a number/],
    [{ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '2' }, /DISCORD_SHARD_IDS: shard 2 does not exist with DISCORD_SHARDS=2 \(ids run 0 to 1\)/],
    [{ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: 'first' }, /DISCORD_SHARD_IDS: "first" is not a shard id/],
  ])('refuses bad sharding %o, naming the key and what still works', (env, message) => {
    expect(() => loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', ...env })).toThrow(message);
    expect(() => loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', ...env })).toThrow(/Slack and the console do not need it/);
  });

  it('serves /health, /ready and /metrics on PORT only when it is set', () => {
    expect(loadConfig({}).port).toBeUndefined();
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('records feedback only with a salt long enough, and keeps it RETENTION_DAYS', () => {
    expect(loadConfig({ FEEDBACK_SALT: '0123456789abcdef', RETENTION_DAYS: '7' })).toMatchObject({ feedback: { salt: '0123456789abcdef' }, retentionDays: 7 });
    expect(() => loadConfig({ FEEDBACK_SALT: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
  });

  it('picks Socket Mode when an app token is set', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_DIGEST_ADMINS: 'U1, U2' });
    expect(config.slack).toMatchObject({ mode: 'socket', appToken: 'xapp-1', port: 3000, digestAdmins: ['U1', 'U2'] });
  });

  it('names the missing Discord key', () => {
    const config = loadConfig({ DISCORD_TOKEN: 'abc' });
    expect(config.discord).toBeUndefined();
    expect(config.notes).toContain('Discord is off: DISCORD_APPLICATION_ID missing. Slack and the console still work.');
  });

  it('enables Discord with an API base URL only when one is given', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' }).discord).toEqual({
      token: 't',
      applicationId: '1',
      guildId: undefined,
      apiUrl: undefined,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1/db' });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '  ', DATABASE_URL: '' }).database.kind).toBe('sqlite');
  });

  it.each([
    [{ DIGEST_TIMEZONE: 'Mars/Olympus' }, /DIGEST_TIMEZONE: "Mars\/Olympus" is not an IANA time zone/],
    [{ PORT: 'eighty' }, /PORT: "eighty" is not a port number/],
    [{ SLACK_MODE: 'carrier-pigeon' }, /SLACK_MODE: "carrier-pigeon" must be "socket" or "http"/],
  ])('stops on a present but wrong value %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
