import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../commands/command.js';
import { startDiscord, type DiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { Caller } from '../../../src/core/reply.js';
import { createDigests, type Digests } from '../../../src/digest/create-digests.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { FakeDiscordGateway, shardOf } from '../../fakes/discord-gateway.js';
import { IDS, slashPayload } from '../../fakes/discord-payloads.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { startPostgres, type TestPostgres } from '../../store/embedded-pg.js';
import { AFTER_SLOT, BEFORE_SLOT, DAY_MS } from '../digest-e2e-support.js';
import { captureLogger, fakeClock } from '../../digest/harness.js';
import { realEngine } from '../real-facts.js';
import { services as fixtureServices } from './fixtures.js';
import { testCommands, type CommandCall } from './test-commands.js';

const CHANNEL_MESSAGES = new RegExp(`^/channels/${IDS.channel}/messages$`);
const OWNER = shardOf(IDS.guild, 2);
const OTHER = 1 - OWNER;

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
const adapters: DiscordAdapter[] = [];
beforeAll(async () => {
  rest = await FakeDiscordRest.start();
  gateway = await FakeDiscordGateway.start();
  rest.gatewayUrl = gateway.url;
});
afterEach(async () => {
  await Promise.all(adapters.splice(0).map((a) => a.stop()));
  gateway.identifies.length = 0;
});
afterAll(async () => {
  await gateway.close();
  await rest.close();
});

/** One bot process's Discord adapter, running `shards` (real discord.js against the fakes). */
async function shardProcess(shards: { count: number | 'auto'; ids?: number[] }, services: Services = fixtureServices, calls: CommandCall[] = []): Promise<DiscordAdapter> {
  const adapter = await startDiscord({
    config: { token: 'fake-bot-token', applicationId: IDS.app, apiUrl: rest.apiUrl, shards },
    services,
    commands: testCommands(calls),
    logger: pino({ level: 'silent' }),
    now: () => new Date(BEFORE_SLOT),
  });
  adapters.push(adapter);
  return adapter;
}

describe('Discord sharding (discord.js shards/shardCount against the fake gateway)', () => {
  it('splits the gateway between two processes: each identifies as its own shard of two, and only the owner of a guild sees it', async () => {
    const calls: CommandCall[][] = [[], []];
    const processes = await Promise.all([0, 1].map((id) => shardProcess({ count: 2, ids: [id] }, fixtureServices, calls[id])));
    expect([...gateway.identifies].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(processes.map((p) => [...p.client.ws.shards.keys()])).toEqual([[0], [1]]);
    expect(processes.map((p) => p.client.guilds.cache.has(IDS.guild))).toEqual([OWNER === 0, OWNER === 1]);
    expect(processes.every((p) => p.connected())).toBe(true);

    const payload = slashPayload('brief', [{ name: 'question', type: 3, value: 'how many died?' }]);
    gateway.dispatch('INTERACTION_CREATE', payload, OWNER);
    await rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`));
    expect(calls[OWNER]!.map((c) => c.name)).toEqual(['ask']);
    expect(calls[OTHER]).toEqual([]);
  });

  it('with DISCORD_SHARDS=auto runs every shard Discord recommends in one process', async () => {
    rest.gatewayShards = 2;
    rest.maxConcurrency = 2;
    try {
      const adapter = await shardProcess({ count: 'auto' });
      expect([...gateway.identifies].sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(adapter.client.options.shardCount).toBe(2);
      expect(adapter.client.guilds.cache.has(IDS.guild)).toBe(true);
    } finally {
      rest.gatewayShards = 1;
      rest.maxConcurrency = 1;
    }
  });
});

describe('digests with two shard processes on one PostgreSQL', () => {
  let server: TestPostgres;
  const stores: Store[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await server?.stop();
  });

  it('posts a channel digest once, from whichever process claims the slot, even one whose shard does not see the guild', async () => {
    const url = await server.newDatabase();
    const clock = fakeClock(BEFORE_SLOT);
    const engine = realEngine();
    const processes: Array<{ digests: Digests }> = [];
    for (const id of [0, 1]) {
      const { logger } = captureLogger();
      const store = await openStore({ kind: 'postgres', url }, logger);
      stores.push(store);
      const digests = createDigests({ store, core: engine.core, logger, now: clock.now, defaultTimeZone: 'UTC', owner: `shard-${id}` });
      const adapter = await shardProcess({ count: 2, ids: [id] }, { engine, digests: digests.service });
      digests.addPoster(adapter.poster);
      processes.push({ digests });
    }
    const manager: Caller = { platform: 'discord', userId: IDS.moderator, channelId: IDS.channel, canManageChannel: true };
    const subscribed = await processes[OWNER]!.digests.service.subscribe(manager, 'daily 09:00', 'Europe/Moscow');
    expect(subscribed.kind).toBe('notice');

    // Both processes tick at the slot: the claim lets one of them post.
    clock.set(AFTER_SLOT);
    const ticks = await Promise.all(processes.map((p) => p.digests.scheduler.tick()));
    expect(ticks.flat().map((t) => t.outcome)).toEqual(['posted']);
    await rest.waitFor('POST', CHANNEL_MESSAGES);

    // Next day only the process whose shard cannot see the guild ticks: REST posting works from any shard.
    clock.advance(DAY_MS);
    const otherTick = await processes[OTHER]!.digests.scheduler.tick();
    expect(otherTick.map((t) => t.outcome)).toEqual(['posted']);
    expect(await processes[OWNER]!.digests.scheduler.tick()).toEqual([]);
    await rest.waitFor('POST', CHANNEL_MESSAGES, 2);
    expect(rest.requests.filter((r) => r.method === 'POST' && CHANNEL_MESSAGES.test(r.path))).toHaveLength(2);
  });
});
