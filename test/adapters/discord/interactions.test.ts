import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPayload, IDS, PERMS, slashPayload, type CommandOptionValue } from '../../fakes/discord-payloads.js';
import { DISCORD_ERRORS, type RecordedRequest } from '../../fakes/discord-rest.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

interface Callback {
  type: number;
  data?: {
    flags?: number;
    embeds?: { title?: string; description?: string; fields?: { value: string }[] }[];
    components?: unknown[];
    allowed_mentions?: unknown;
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ deferAfterMs: 150 });
});
afterAll(async () => {
  await h.close();
});

const callbackPath = (p: { id: string; token: string }) => new RegExp(`^/interactions/${p.id}/${p.token}/callback$`);
const originalPath = (p: { token: string }) => new RegExp(`^/webhooks/${IDS.app}/${p.token}/messages/@original$`);
const str = (name: string, value: string): CommandOptionValue => ({ name, type: 3, value });

/** Dispatches an interaction and resolves with its first callback. */
async function interact(payload: { id: string; token: string }): Promise<RecordedRequest & { body: Callback }> {
  h.gateway.dispatch('INTERACTION_CREATE', payload);
  return (await h.rest.waitFor('POST', callbackPath(payload))) as RecordedRequest & { body: Callback };
}

describe('Discord slash commands', () => {
  it.each([
    ['brief', [str('question', 'who claimed the attack?')], 'ask', { question: 'who claimed the attack?' }],
    ['timeline', [str('date', '23 March')], 'timeline', { date: '23 March' }],
    ['timeline', [], 'timeline', { date: undefined }],
    ['sources', [str('fact', 'is-claim')], 'sources', { fact: 'is-claim' }],
    ['about', [], 'about', {}],
    ['help', [], 'help', {}],
    ['digest', [str('action', 'list')], 'digest', { action: 'list', schedule: undefined }],
  ])('answers /%s %j with a message callback (type 4) from the %s command', async (slash, options, command, expected) => {
    const errors = errorLogs(h).length;
    const { body } = await interact(slashPayload(slash, options));
    await new Promise((r) => setTimeout(r, 30)); // let discord.js read Discord's answer to the callback
    expect(errorLogs(h).slice(errors)).toEqual([]);
    expect(h.calls.at(-1)?.name).toBe(command);
    expect(h.calls.at(-1)?.ctx.options).toEqual(expected);
    expect(body.type).toBe(4);
    expect(body.data?.embeds?.length).toBeGreaterThan(0);
    expect(body.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('asks /brief question: without its mentions, @here, emoji and timestamps', async () => {
    const question = `<@${IDS.user}> @here <#${IDS.channel}> who claimed the attack? <a:party:1234> <t:1711130400>`;
    const { body } = await interact(slashPayload('brief', [str('question', question)]));
    expect(h.calls.at(-1)?.ctx.options).toEqual({ question: 'who claimed the attack?' });
    expect(body.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('puts the briefing, its sources and the Sources buttons in the /brief answer', async () => {
    const { body } = await interact(slashPayload('brief', [str('question', 'who claimed the attack?')]));
    expect(body.data?.embeds?.[0]?.title).toBe('Who claimed the attack');
    expect(body.data?.embeds?.[0]?.fields?.[1]?.value).toContain('Sources: BBC News, 23 Mar 2024; Anadolu Agency, 29 Mar 2024');
    expect(body.data?.components).toHaveLength(1);
    expect(body.data?.flags ?? 0).toBe(0);
  });

  it('answers only to the asker when private is true, or when the command says so', async () => {
    const asked = await interact(slashPayload('about', [{ name: 'private', type: 5, value: true }]));
    expect(asked.body.data?.flags).toBe(64);
    const help = await interact(slashPayload('help'));
    expect(help.body.data?.flags).toBe(64);
  });

  it('lets only members with Manage Channels in the channel manage digests', async () => {
    await interact(slashPayload('digest', [str('action', 'subscribe')], PERMS.member));
    expect(h.calls.at(-1)?.ctx.caller.canManageChannel).toBe(false);
    const mod = String(BigInt(PERMS.member) | BigInt(PERMS.manageChannels));
    const { body } = await interact(slashPayload('digest', [str('action', 'subscribe'), str('schedule', 'daily 09:00')], mod));
    expect(h.calls.at(-1)?.ctx.caller).toMatchObject({ canManageChannel: true, channelId: IDS.channel, userId: IDS.user });
    expect(body.data?.embeds?.[0]?.description).toBe('Subscribed: daily 09:00.');
  });

  it('defers slow work (callback type 5) and then edits the original message with the answer', async () => {
    const payload = slashPayload('slow', [{ name: 'private', type: 5, value: true }]);
    const deferred = await interact(payload);
    // The deferral is the interaction's answer while the command is still working: nothing edited yet.
    expect(h.calls.at(-1)?.name).toBe('slow');
    expect(h.rest.find('PATCH', originalPath(payload))).toEqual([]);
    const edit = await h.rest.waitFor('PATCH', originalPath(payload));
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(edit.at).toBeGreaterThan(deferred.at);
    expect(h.rest.find('POST', callbackPath(payload))).toHaveLength(1);
    expect((edit.body as Callback['data'])?.embeds?.[0]?.title).toBe('Who claimed the attack');
    expect((edit.body as Callback['data'])?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('turns a private answer to a public deferral into a private follow-up and removes the placeholder', async () => {
    const payload = slashPayload('slow-private');
    const deferred = await interact(payload);
    const followUp = await h.rest.waitFor('POST', new RegExp(`^/webhooks/${IDS.app}/${payload.token}$`));
    const removed = await h.rest.waitFor('DELETE', originalPath(payload));
    expect(deferred.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(followUp.body).toMatchObject({ flags: 64, embeds: [{ description: 'Just for you.' }] });
    expect(removed.at).toBeGreaterThan(followUp.at);
    expect(h.rest.find('PATCH', originalPath(payload))).toEqual([]);
  });

  it('answers a failing command with a short note to the asker only, and logs the error', async () => {
    const { body } = await interact(slashPayload('broken'));
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.description).toMatch(/^Sorry, I couldn't answer that/);
    expect(errorLogs(h).at(-1)).toMatchObject({ msg: 'discord: command failed' });
  });

  it('apologises for a failing command, and for a retired one, in Russian to a user whose Discord is in Russian', async () => {
    const failed = await interact(slashPayload('broken', [], PERMS.member, 'ru'));
    expect(failed.body.data?.embeds?.[0]?.description).toBe('Извините, сейчас не получилось ответить. Попробуйте ещё раз чуть позже.');
    const retired = await interact(slashPayload('retired', [], PERMS.member, 'ru'));
    expect(retired.body.data).toMatchObject({ flags: 64, embeds: [{ description: 'Этой команды больше нет.' }] });
  });

  it('answers an unknown slash command privately instead of failing', async () => {
    const { body } = await interact(slashPayload('retired'));
    expect(body.data).toMatchObject({ flags: 64, embeds: [{ description: 'That command is no longer available.' }] });
  });

  it('logs a 500 on the callback, sends the note on the next try, and keeps answering', async () => {
    const payload = slashPayload('about');
    h.rest.fail('POST', callbackPath(payload), DISCORD_ERRORS.serverError(), 4);
    h.gateway.dispatch('INTERACTION_CREATE', payload);
    const note = await h.rest.waitFor('POST', callbackPath(payload), 5);
    expect((note.body as Callback).data?.embeds?.[0]?.description).toMatch(/^Sorry/);
    expect(errorLogs(h).at(-1)).toMatchObject({ failure: 'server_error', msg: 'discord: could not send the answer' });
    const next = await interact(slashPayload('about'));
    expect(next.body.type).toBe(4);
  });

  it('logs a 429 on the deferred edit and retries it after the wait Discord asked for', async () => {
    const payload = slashPayload('slow');
    h.rest.fail('PATCH', originalPath(payload), DISCORD_ERRORS.rateLimited(0.2));
    await interact(payload);
    const second = await h.rest.waitFor('PATCH', originalPath(payload), 2);
    const first = h.rest.find('PATCH', originalPath(payload))[0];
    expect(second.at - (first?.at ?? 0)).toBeGreaterThanOrEqual(190);
    expect((second.body as Callback['data'])?.embeds?.[0]?.title).toBe('Who claimed the attack');
  });
});

describe('Discord Sources button', () => {
  it('answers a click only to the clicker with the full citations from the sources command', async () => {
    const { body } = await interact(buttonPayload('sources:is-claim'));
    expect(h.calls.at(-1)).toMatchObject({ name: 'sources', ctx: { options: { fact: 'is-claim' } } });
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.title).toBe('Sources for is-claim');
  });
});
