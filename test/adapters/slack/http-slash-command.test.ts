import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pingsIn } from '../../fakes/slack-block-limits.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { ALICE, form, interactionForm, shareClick, slashCommand } from './support/payloads.js';
import { postSigned } from './support/signed.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Slack /brief over HTTP', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot();
  });
  afterEach(async () => {
    await bot.close();
  });

  const brief = (text: string, over: Record<string, string> = {}) =>
    postSigned(`${bot.url}/slack/events`, form(slashCommand(text, bot.api.responseUrl('cmd'), over)));

  async function answerTo(text: string): Promise<Json> {
    const res = await brief(text);
    expect(res.status).toBe(200);
    const [answer] = await bot.api.waitFor('response_url');
    return answer!.body;
  }

  it('acks at once and answers ephemerally with the briefing, its sources and a share button', async () => {
    const res = await brief('how many died');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [answer] = await bot.api.waitFor('response_url');
    const body = answer!.body;
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('145 people were killed');
    const texts = JSON.stringify(body.blocks);
    expect(texts).toContain('Investigators put the death toll at 145.');
    expect(texts).toContain('Sources: Anadolu Agency, 29 Mar 2024');
    const actions = (body.blocks as Json[]).find((b) => b.type === 'actions');
    expect(actions?.elements[0]).toMatchObject({ action_id: 'brief_share', value: 'how many died' });
  });

  // How fast the ack comes is measured in bench/adapters.ts; here only that every command is acked and answered.
  it('acks each of twenty commands in a row with an empty 200 and answers every one', async () => {
    const acks = [];
    for (let i = 0; i < 20; i += 1) acks.push(await postSigned(`${bot.url}/slack/events`, form(slashCommand(`death toll ${i}`, bot.api.responseUrl(`cmd-${i}`)))));
    expect(acks.map((a) => [a.status, a.text])).toEqual(Array.from({ length: 20 }, () => [200, '']));
    const answers = await bot.api.waitFor('response_url', 20);
    expect(answers).toHaveLength(20);
    for (let i = 0; i < 20; i += 1) {
      const answer = answers.find((a) => a.responseId === `cmd-${i}`);
      expect(answer?.body.response_type).toBe('ephemeral');
      expect(answer?.body.text).toContain('145 people were killed');
    }
  });

  it('picks a command by its first word and reads its options', async () => {
    const body = await answerTo('timeline 23 March');
    expect(JSON.stringify(body.blocks)).toContain('Timeline: 23 March');
  });

  it('tells the user the usage when a required option is missing', async () => {
    const body = await answerTo('sources');
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('Usage: /brief sources &lt;fact-id&gt;');
  });

  it('asks only the words people see: mentions, broadcasts and bare links left out, a channel name and link labels kept', async () => {
    const body = await answerTo(
      '<!channel> <!here> <@U0BOB> <@U0ANN|ann> <!subteam^S0NEWS|@news> death toll in <#C0NEWS|crocus> ' +
        '<https://example.org/a|news> <https://example.org/b> <mailto:desk@example.org|mail> &amp; more',
    );
    expect(JSON.stringify(body.blocks)).toContain('*death toll in crocus news mail &amp; more*');
    expect(pingsIn(body)).toEqual([]);
  });

  it('keeps a <!everyone> typed as text (Slack escapes it) in the question, and echoes it escaped so nobody is pinged', async () => {
    const body = await answerTo('&lt;!everyone&gt; death toll');
    expect(pingsIn(body)).toEqual([]);
    expect(JSON.stringify(body.blocks)).toContain('*&lt;!everyone&gt; death toll*');
  });

  it('renders an abstention with its suggestions and no share button', async () => {
    const body = await answerTo('what is the weather in Moscow');
    const texts = JSON.stringify(body.blocks);
    expect(texts).toContain('I only know about the Crocus City Hall attack.');
    expect(texts).toContain('Try asking:');
    expect(texts).toContain('• How many people died?');
    expect((body.blocks as Json[]).some((b) => b.type === 'actions')).toBe(false);
  });

  it('answers in the channel when the command asks for a public reply', async () => {
    const body = await answerTo('announce digest on');
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toBe('Announced: digest on');
  });

  it('passes who asked and where to the command; a DM caller may manage their DM', async () => {
    const res = await brief('whoami', { channel_id: 'D0ALICE', channel_name: 'directmessage' });
    expect(res.status).toBe(200);
    const [answer] = await bot.api.waitFor('response_url');
    const caller = JSON.parse(String(answer!.body.text).replace(/&quot;/g, '"')) as Json;
    expect(caller).toEqual({ platform: 'slack', userId: ALICE.id, userName: ALICE.name, channelId: 'D0ALICE', canManageChannel: true });
  });

  it('asks Slack whether a channel caller is a workspace admin before letting them manage digests', async () => {
    bot.api.admins.add(ALICE.id);
    const body = await answerTo('whoami');
    expect(body.text).toContain('"canManageChannel":true');
    expect(bot.api.callsTo('users.info')[0]?.body.user).toBe(ALICE.id);
  });

  it('posts the same briefing publicly when Share is clicked, naming who shared it', async () => {
    const first = await answerTo('how many died');
    const value = (first.blocks as Json[]).find((b) => b.type === 'actions')!.elements[0].value as string;
    const click = await postSigned(`${bot.url}/slack/events`, interactionForm(shareClick(value, bot.api.responseUrl('share'))));
    expect(click.status).toBe(200);
    const posts = await bot.api.waitFor('response_url', 3);
    const [shared, removed] = posts.filter((c) => c.responseId === 'share');
    expect(shared!.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const sharedBlocks = shared!.body.blocks as Json[];
    expect(JSON.stringify(sharedBlocks)).toContain('Investigators put the death toll at 145.');
    expect(JSON.stringify(sharedBlocks)).toContain('Shared by alice');
    expect(sharedBlocks.some((b) => b.type === 'actions')).toBe(false);
    expect(removed!.body).toEqual({ delete_original: true });
  });

  it('escapes the sharer’s name rather than mentioning them', async () => {
    const click = shareClick('how many died', bot.api.responseUrl('share'), { id: 'U0EVE', name: '<!channel> eve & co' });
    await postSigned(`${bot.url}/slack/events`, interactionForm(click));
    const [shared] = await bot.api.waitFor('response_url');
    expect(pingsIn(shared!.body)).toEqual([]);
    expect(JSON.stringify(shared!.body.blocks)).toContain('Shared by &lt;!channel&gt; eve &amp; co');
  });
});
