import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, messageCreatePayload, user } from '../../fakes/discord-payloads.js';
import { DISCORD_ERRORS } from '../../fakes/discord-rest.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface SentMessage {
  embeds: { title?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
  components: { components: { custom_id: string }[] }[];
  allowed_mentions: unknown;
  message_reference?: { message_id: string; fail_if_not_exists?: boolean };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const posts = (channel: string) => new RegExp(`^/channels/${channel}/messages$`);
const mention = (text: string) => `<@${IDS.bot}> ${text}`;

describe('Discord mentions', () => {
  it('connects with only the Guilds, GuildMessages and DirectMessages intents', () => {
    const identify = h.gateway.received.find((f) => f.op === 2)?.d as { intents: number; token: string };
    expect(identify.intents).toBe(1 + 512 + 4096);
    expect(identify.token).toBe('fake-bot-token');
    expect(h.gateway.connections[0]).toBe('v=10&encoding=json');
  });

  it('answers "@bot who claimed the attack?" with a reply embed carrying the sources', async () => {
    const before = h.rest.find('POST', posts(IDS.channel)).length;
    const message = messageCreatePayload({ content: mention('who claimed the attack?'), mentionsBot: true });
    h.gateway.dispatch('MESSAGE_CREATE', message);
    const sent = (await h.rest.waitFor('POST', posts(IDS.channel), before + 1)).body as SentMessage;

    expect(h.calls.at(-1)?.ctx.options).toEqual({ question: 'who claimed the attack?' });
    expect(h.calls.at(-1)?.ctx.caller).toEqual({
      platform: 'discord',
      userId: IDS.user,
      userName: 'asker',
      channelId: IDS.channel,
      canManageChannel: false,
    });
    expect(sent.message_reference).toMatchObject({ message_id: message.id, fail_if_not_exists: false });
    expect(sent.embeds[0]?.title).toBe('Who claimed the attack');
    expect(sent.embeds[0]?.fields?.[0]?.value).toContain('Source: BBC News, 23 Mar 2024');
    expect(sent.embeds[0]?.footer?.text).toBe('Data as of 29 Mar 2024');
    expect(sent.components[0]?.components.map((b) => b.custom_id)).toEqual(['sources:is-claim', 'sources:ukraine-link-claim']);
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('asks only the words people see: mentions, @everyone, emoji and timestamps left out; the reply pings nobody', async () => {
    const before = h.rest.find('POST', posts(IDS.channel)).length;
    const content = mention(`@everyone did <@${IDS.user}> <@&${IDS.guild}> in <#${IDS.channel}> hear who claimed it? <:eyes:1234> <t:1711130400:R>`);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content, mentionsBot: true, mentionEveryone: true }));
    const sent = (await h.rest.waitFor('POST', posts(IDS.channel), before + 1)).body as SentMessage;

    expect(h.calls.at(-1)?.ctx.options).toEqual({ question: 'did in hear who claimed it?' });
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a mention in a thread in that thread', async () => {
    const content = mention('who claimed the attack?');
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content, mentionsBot: true, channelId: IDS.thread }));
    const sent = (await h.rest.waitFor('POST', posts(IDS.thread))).body as SentMessage;
    expect(sent.embeds[0]?.title).toBe('Who claimed the attack');
  });

  it('answers a direct message, with or without a mention, and lets the DM user manage it', async () => {
    const dm = messageCreatePayload({ content: 'death toll?', guildId: null, channelId: IDS.dm });
    h.gateway.dispatch('MESSAGE_CREATE', dm);
    const sent = (await h.rest.waitFor('POST', posts(IDS.dm))).body as SentMessage;
    expect(sent.message_reference?.message_id).toBe(dm.id);
    expect(h.calls.at(-1)?.ctx.options).toEqual({ question: 'death toll?' });
    expect(h.calls.at(-1)?.ctx.caller.canManageChannel).toBe(true);
  });

  it('ignores messages without a direct mention, @everyone alone, and other bots', async () => {
    const asks = h.calls.length;
    const before = h.rest.find('POST', posts(IDS.channel)).length;
    const otherBot = user('1210000000000000999', 'other-bot', true);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: 'who claimed the attack?' }));
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: '@everyone news', mentionEveryone: true }));
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('hi'), mentionsBot: true, author: otherBot }));
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('last one'), mentionsBot: true }));
    await h.rest.waitFor('POST', posts(IDS.channel), before + 1);
    expect(h.calls.length - asks).toBe(1);
    expect(h.calls.at(-1)?.ctx.options.question).toBe('last one');
  });

  it('waits out a 429 from Discord and still delivers the reply', async () => {
    const before = h.rest.find('POST', posts(IDS.channel)).length;
    h.rest.fail('POST', posts(IDS.channel), DISCORD_ERRORS.rateLimited(0.2));
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('toll?'), mentionsBot: true }));
    const retried = await h.rest.waitFor('POST', posts(IDS.channel), before + 2);
    const first = h.rest.find('POST', posts(IDS.channel))[before];
    expect(retried.at - (first?.at ?? 0)).toBeGreaterThanOrEqual(190);
    expect((retried.body as SentMessage).embeds[0]?.title).toBe('Who claimed the attack');
  });

  it('logs a persistent 500, sends a short note instead, and keeps answering', async () => {
    const before = h.rest.find('POST', posts(IDS.channel)).length;
    h.rest.fail('POST', posts(IDS.channel), DISCORD_ERRORS.serverError(), 4);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('toll?'), mentionsBot: true }));
    const note = (await h.rest.waitFor('POST', posts(IDS.channel), before + 5)).body as SentMessage & {
      embeds: { description?: string }[];
    };
    expect(note.embeds[0]?.description).toMatch(/^Sorry, I couldn't answer that/);
    expect(errorLogs(h).at(-1)).toMatchObject({ failure: 'server_error', msg: 'discord: could not reply to a mention' });

    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('still there?'), mentionsBot: true }));
    const next = (await h.rest.waitFor('POST', posts(IDS.channel), before + 6)).body as SentMessage;
    expect(next.embeds[0]?.title).toBe('Who claimed the attack');
  });

  it('logs a missing permission and does not retry into the same channel', async () => {
    const before = h.rest.find('POST', posts(IDS.channel)).length;
    h.rest.fail('POST', posts(IDS.channel), DISCORD_ERRORS.missingPermissions());
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('toll?'), mentionsBot: true }));
    await h.rest.waitFor('POST', posts(IDS.channel), before + 1);
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: mention('next'), mentionsBot: true }));
    const next = await h.rest.waitFor('POST', posts(IDS.channel), before + 2);
    expect(h.calls.at(-1)?.ctx.options.question).toBe('next');
    expect((next.body as SentMessage).embeds[0]?.title).toBe('Who claimed the attack');
    const sentSince = h.rest.find('POST', posts(IDS.channel)).slice(before);
    expect(sentSince.filter((r) => JSON.stringify(r.body).includes('Sorry'))).toEqual([]);
    expect(errorLogs(h).at(-1)).toMatchObject({ failure: 'forbidden', code: 50013 });
  });
});
