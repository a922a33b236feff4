import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, messageCreatePayload, slashPayload } from '../../fakes/discord-payloads.js';
import { errorLogs, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ restTimeoutMs: 150 });
});
afterAll(async () => {
  await h.close();
});

const SILENT = { status: 200, body: {}, delayMs: 1000 };

describe('Discord calls that time out', () => {
  it('logs a reply to a mention that Discord never answers, sends the note, and keeps answering', async () => {
    const path = new RegExp(`^/channels/${IDS.channel}/messages$`);
    h.rest.fail('POST', path, SILENT, 4); // the first try and discord.js's three retries
    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> toll?`, mentionsBot: true }));
    const note = await h.rest.waitFor('POST', path, 5);
    expect(JSON.stringify(note.body)).toContain("Sorry, I couldn't answer that");
    expect(errorLogs(h).find((l) => l.failure === 'timeout')).toMatchObject({ msg: 'discord: could not reply to a mention' });

    h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> again?`, mentionsBot: true }));
    const next = await h.rest.waitFor('POST', path, 6);
    expect(JSON.stringify(next.body)).toContain('Who claimed the attack');
  });

  it('logs an interaction callback that times out and answers the next interaction', async () => {
    const stuck = slashPayload('about');
    h.rest.fail('POST', new RegExp(`^/interactions/${stuck.id}/`), SILENT, 8); // answer and note, 4 tries each
    h.gateway.dispatch('INTERACTION_CREATE', stuck);
    await h.rest.waitFor('POST', new RegExp(`^/interactions/${stuck.id}/`), 8);
    const gaveUp = () => errorLogs(h).filter((l) => l.msg === 'discord: could not send the error note either');
    await expect.poll(() => gaveUp().length, { timeout: 2000 }).toBe(1);
    expect(errorLogs(h).at(-2)).toMatchObject({ failure: 'timeout', msg: 'discord: could not send the answer' });

    const next = slashPayload('about');
    h.gateway.dispatch('INTERACTION_CREATE', next);
    const answered = await h.rest.waitFor('POST', new RegExp(`^/interactions/${next.id}/`));
    expect((answered.body as { type: number }).type).toBe(4);
  });
});
