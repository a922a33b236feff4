import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMAND } from '../../../src/adapters/slack/listeners/slash-command.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const manifest = parse(readFileSync(new URL('../../../commands/slack-manifest.yaml', import.meta.url), 'utf8')) as Json;

describe('the Slack app manifest matches what the adapter listens to and calls', () => {
  it('declares the slash command the adapter registers', () => {
    expect(manifest.features.slash_commands.map((c: Json) => c.command)).toEqual([SLASH_COMMAND]);
  });

  it('subscribes to mentions and direct messages, and turns on interactivity for the share button', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for every scope the adapter’s Web API calls need, and enables Socket Mode by default', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'users:read']),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
