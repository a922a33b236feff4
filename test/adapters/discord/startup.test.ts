import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../src/adapters/discord/index.js';
import { FakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { IDS } from '../../fakes/discord-payloads.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { services } from './fixtures.js';
import { testCommands } from './test-commands.js';

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
beforeAll(async () => {
  rest = await FakeDiscordRest.start();
  gateway = await FakeDiscordGateway.start();
  rest.gatewayUrl = gateway.url;
});
afterAll(async () => {
  await gateway.close();
  await rest.close();
});

const options = () => ({
  config: { token: 'fake-bot-token', applicationId: IDS.app, apiUrl: rest.apiUrl },
  services,
  commands: testCommands([]),
  logger: pino({ level: 'silent' }),
  now: () => new Date('2024-04-01T09:00:00Z'),
});

describe('starting and stopping the Discord adapter', () => {
  it('rejects start-up when Discord refuses the token, without connecting to the gateway', async () => {
    rest.fail('GET', /^\/gateway\/bot$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    await expect(startDiscord(options())).rejects.toThrow(/invalid token/i);
    expect(gateway.connections).toEqual([]);
  });

  it('resolves once ready, then stop() closes the gateway connection', async () => {
    const discord = await startDiscord(options());
    expect(discord.client.isReady()).toBe(true);
    expect(discord.client.guilds.cache.has(IDS.guild)).toBe(true);
    expect(discord.poster.platform).toBe('discord');
    const closed = gateway.closed();
    await discord.stop();
    expect(await closed).toBe(1000);
  });
});
