import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../../commands/command.js';
import { commands as sharedCommands } from '../../../commands/index.js';
import { buildCommandPayload, CommandPayloadError, inviteUrl, registerCommands } from '../../../src/adapters/discord/registration.js';
import { IDS } from '../../fakes/discord-payloads.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { testCommands } from './test-commands.js';

const byName = (name: string) => testCommands([]).find((c) => c.name === name) as Command;
const PRIVATE = { type: 5, name: 'private', description: 'Answer only to you', description_localizations: { ru: 'Ответить только вам' }, required: false };
const run = () => ({ kind: 'notice', text: '' }) as const;

describe('buildCommandPayload', () => {
  it('registers ask as /brief question:<text> with its length limit, plus the private option, described in Russian too', () => {
    const [brief] = buildCommandPayload([byName('ask')]);
    expect(brief).toEqual({
      type: 1,
      name: 'brief',
      description: 'Ask a question about the Crocus City Hall attack',
      description_localizations: { ru: 'Вопрос о нападении на «Крокус Сити Холл»' },
      options: [
        {
          type: 3,
          name: 'question',
          description: 'Your question',
          description_localizations: { ru: 'Ваш вопрос, например «Сколько человек погибло?»' },
          required: true,
          max_length: 300,
        },
        PRIVATE,
      ],
      contexts: [0, 1],
      integration_types: [0],
    });
  });

  it('keeps other names, puts required options first and turns choices into Discord choices', () => {
    const [digest] = buildCommandPayload([byName('digest')]);
    expect(digest?.name).toBe('digest');
    expect(digest?.options).toEqual([
      {
        type: 3,
        name: 'action',
        description: 'What to do',
        description_localizations: { ru: 'subscribe, unsubscribe, list, now или preview' },
        required: true,
        choices: ['subscribe', 'unsubscribe', 'list'].map((c) => ({ name: c, value: c })),
      },
      {
        type: 3,
        name: 'schedule',
        description: 'When, e.g. "daily 09:00"',
        description_localizations: { ru: 'Для subscribe: «daily 09:00», «weekly monday 09:00» или cron, затем часовой пояс и язык (ru)' },
        required: false,
        max_length: 60,
      },
      PRIVATE,
    ]);
  });

  it('shortens descriptions to Discord\u2019s 100 characters, and leaves a command the tables do not know undescribed in Russian', () => {
    const long: Command = { name: 'about', description: 'x'.repeat(140), options: [], run };
    expect(buildCommandPayload([long])[0]?.description).toHaveLength(100);
    expect(buildCommandPayload([{ ...long, name: 'whoami' }])[0]?.description_localizations).toBeUndefined();
  });

  it.each([
    [{ name: 'Ask Me', description: 'd', options: [], run }, /"\/Ask Me".*name "Ask Me"/],
    [{ name: 'x', description: 'd', options: [{ name: 'private', description: 'd', required: false }], run }, /reserved/],
    [
      { name: 'x', description: 'd', options: [{ name: 'pick', description: 'd', required: true, choices: Array.from({ length: 26 }, (_, i) => `c${i}`) }], run },
      /26 choices/,
    ],
  ] satisfies [Command, RegExp][])('refuses a command Discord would reject, naming it (%#)', (command, message) => {
    expect(() => buildCommandPayload([command])).toThrow(CommandPayloadError);
    expect(() => buildCommandPayload([command])).toThrow(message);
  });

  it('refuses two commands that would share a slash name', () => {
    const brief: Command = { name: 'brief', description: 'd', options: [], run };
    expect(() => buildCommandPayload([byName('ask'), brief])).toThrow(/"\/brief": two commands/);
  });

  it('builds the shared command list from commands/ with /brief in place of ask', () => {
    const payload = buildCommandPayload(sharedCommands);
    const names = payload.map((c) => c.name);
    expect(names).toContain('brief');
    expect(names).not.toContain('ask');
    expect(names).toHaveLength(sharedCommands.length);
    for (const c of payload) expect(c.options?.at(-1)).toEqual(PRIVATE);
  });

  it('lists the editors\' /gaps only to members who may manage channels, and every other command to everyone', () => {
    const payload = buildCommandPayload(sharedCommands);
    const restricted = payload.filter((c) => c.default_member_permissions !== undefined);
    expect(restricted.map((c) => [c.name, c.default_member_permissions])).toEqual([['gaps', '16']]);
  });
});

describe('inviteUrl', () => {
  it('asks for the bot and applications.commands scopes and only the permissions replies need', () => {
    const url = new URL(inviteUrl(IDS.app));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(IDS.app);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Read Message History 65536 + Send in Threads 2^38
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536 + 2 ** 38));
  });
});

describe('registering with Discord', () => {
  let fake: FakeDiscordRest;
  beforeAll(async () => {
    fake = await FakeDiscordRest.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('PUTs the payload to the guild route when a guild is given, and globally otherwise', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken('fake-bot-token');
    const list = testCommands([]).slice(0, 3);
    const guild = await registerCommands(rest, { applicationId: IDS.app, guildId: IDS.guild }, list);
    const global = await registerCommands(rest, { applicationId: IDS.app }, list);
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();

    expect(guild).toMatchObject({ scope: 'guild', names: ['brief', 'timeline', 'sources'] });
    expect(global.scope).toBe('global');
    const [put] = fake.find('PUT', new RegExp(`^/applications/${IDS.app}/guilds/${IDS.guild}/commands$`));
    expect(put?.body).toEqual(buildCommandPayload(list));
    expect(put?.headers.authorization).toBe('Bot fake-bot-token');
    expect(fake.find('PUT', new RegExp(`^/applications/${IDS.app}/commands$`))).toHaveLength(1);
  });

  it('sends every shared command and option with its Russian description, within Discord’s 100 characters', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken('fake-bot-token');
    await registerCommands(rest, { applicationId: IDS.app, guildId: IDS.guild }, sharedCommands);
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
    const body = fake.find('PUT', new RegExp(`^/applications/${IDS.app}/guilds/${IDS.guild}/commands$`)).at(-1)?.body as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(body.map((c) => c.name)).toContain('lang');
    for (const command of body) {
      expect(command.description_localizations?.ru, command.name).toMatch(/^[А-ЯЁ«]/);
      expect(command.description_localizations.ru.length, command.name).toBeLessThanOrEqual(100);
      for (const option of command.options) {
        expect(option.description_localizations?.ru, `${command.name} ${option.name}`).toMatch(/\p{Script=Cyrillic}/u);
        expect(option.description_localizations.ru.length).toBeLessThanOrEqual(100);
      }
    }
    const brief = body.find((c) => c.name === 'brief');
    expect(brief?.description_localizations).toEqual({ ru: 'Вопрос о нападении на «Крокус Сити Холл»' });
    expect(body.find((c) => c.name === 'lang')?.options[0]).toMatchObject({ name: 'language', choices: ['ru', 'en', 'auto'].map((c) => ({ name: c, value: c })) });
  });

  it('discord:register registers the shared commands to DISCORD_GUILD_ID and says so', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
    Object.assign(env, { DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: IDS.app, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl });
    const cwd = mkdtempSync(join(tmpdir(), 'discord-register-')); // no .env here to interfere
    const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/discord-register.ts')], { cwd, env });

    const puts = fake.find('PUT', new RegExp(`^/applications/${IDS.app}/guilds/${IDS.guild}/commands$`));
    expect(puts.at(-1)?.body).toEqual(buildCommandPayload(sharedCommands));
    expect(stdout).toContain(`Registered ${sharedCommands.length} slash commands in server ${IDS.guild}: /brief`);
    expect(stdout).toContain(`Invite the bot with: ${inviteUrl(IDS.app)}`);
  });

  it('stops with a message naming the missing key when DISCORD_TOKEN is not set', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const cwd = mkdtempSync(join(tmpdir(), 'discord-register-'));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_APPLICATION_ID: IDS.app };
    const result = await promisify(execFile)(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/discord-register.ts')], { cwd, env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('DISCORD_TOKEN missing') });
  });
});
