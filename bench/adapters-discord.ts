import { once } from 'node:events';
import { WebSocket } from 'ws';
import type { Services } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { startDiscord } from '../src/adapters/discord/index.js';
import { FakeDiscordGateway } from '../test/fakes/discord-gateway.js';
import { IDS, messageCreatePayload, slashPayload } from '../test/fakes/discord-payloads.js';
import { FakeDiscordRest } from '../test/fakes/discord-rest.js';
import { benchLogger, measureRounds, type RoundPlan, type Series } from './adapters-rounds.js';

const callbackPath = (id: string) => new RegExp(`^/interactions/${id}/[^/]+/callback$`);
const channelMessages = new RegExp(`^/channels/${IDS.channel}/messages$`);

/**
 * `/brief question:<q>` and `@bot <q>` through real discord.js logged in to the fake gateway and REST API on
 * 127.0.0.1, with the shared commands on the given engine. Each number runs from the fake gateway sending the
 * event to the fake REST API having received the answer: gateway decode, discord.js, the adapter, the command,
 * rendering and the HTTP request.
 */
export async function benchDiscord(services: Services, questions: readonly string[], plan: RoundPlan): Promise<Series[]> {
  const rest = await FakeDiscordRest.start();
  const gateway = await FakeDiscordGateway.start();
  rest.gatewayUrl = gateway.url;
  const discord = await startDiscord({
    config: { token: 'fake-bot-token', applicationId: IDS.app, apiUrl: rest.apiUrl },
    services,
    commands,
    logger: benchLogger(),
    now: () => new Date(),
  });
  try {
    let deferred = 0;
    const slash = await measureRounds(plan, async (i) => {
      const payload = slashPayload('brief', [{ name: 'question', type: 3, value: questions[i % questions.length] ?? '' }]);
      const sent = performance.now();
      gateway.dispatch('INTERACTION_CREATE', payload);
      const callback = await rest.waitFor('POST', callbackPath(payload.id));
      if ((callback.body as { type?: number }).type !== 4) deferred += 1;
      return { ms: callback.at - sent };
    });
    let replies = 0;
    const mention = await measureRounds(plan, async (i) => {
      const sent = performance.now();
      gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> ${questions[i % questions.length] ?? ''}`, mentionsBot: true }));
      replies += 1;
      const reply = await rest.waitFor('POST', channelMessages, replies);
      return { ms: reply.at - sent };
    });
    return [
      { measure: 'Discord /brief callback (gateway → REST)', samples: slash.ms ?? [], note: `Discord allows 3,000; ${deferred} deferred` },
      { measure: 'Discord mention reply (gateway → REST)', samples: mention.ms ?? [] },
      { measure: '  baseline: bare ws client → POST', samples: await floor(plan) },
    ];
  } finally {
    await discord.stop();
    await gateway.close();
    await rest.close();
  }
}

/**
 * The same path with no bot: a bare WebSocket client that, for each INTERACTION_CREATE, parses the frame and
 * POSTs a one-line callback with fetch. What the gateway hop and loopback HTTP cost.
 */
async function floor(plan: RoundPlan): Promise<number[]> {
  const rest = await FakeDiscordRest.start();
  const gateway = await FakeDiscordGateway.start();
  const client = new WebSocket(gateway.url);
  client.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { t?: string; d?: { id: string; token: string } };
    if (frame.t !== 'INTERACTION_CREATE' || !frame.d) return;
    void fetch(`${rest.apiUrl}/v10/interactions/${frame.d.id}/${frame.d.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'ok' } }),
    }).then((res) => res.arrayBuffer());
  });
  await once(client, 'message'); // HELLO: the fake has the connection
  try {
    const got = await measureRounds(plan, async () => {
      const payload = slashPayload('brief', [{ name: 'question', type: 3, value: 'how many people died?' }]);
      const sent = performance.now();
      gateway.dispatch('INTERACTION_CREATE', payload);
      return { ms: (await rest.waitFor('POST', callbackPath(payload.id))).at - sent };
    });
    return got.ms ?? [];
  } finally {
    client.terminate();
    await gateway.close();
    await rest.close();
  }
}
