import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { runConsole } from '../src/adapters/console/index.js';
import { form, slashCommand } from './adapters/slack/support/payloads.js';
import { postSigned, SIGNING_SECRET } from './adapters/slack/support/signed.js';
import { realEngine, sourceNames } from './adapters/real-facts.js';
import { FAKE_TOKENS, startFakeSlackWebApi, type FakeSlackWebApi } from './fakes/slack-web-api.js';
import { FakeDiscordGateway } from './fakes/discord-gateway.js';
import { IDS, slashPayload } from './fakes/discord-payloads.js';
import { FakeDiscordRest } from './fakes/discord-rest.js';
import { freePort } from './support/free-port.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every key src/config.ts reads. Set empty, so neither this shell nor a developer's .env (dotenv never overrides a
 * key that is set) turns a platform on.
 */
const CONFIG_KEYS = [
  ...['FACTS_DIR', 'LOG_LEVEL', 'DIGEST_TIMEZONE', 'DATABASE_URL', 'DATABASE_FILE', 'PORT', 'FEEDBACK_SALT', 'RETENTION_DAYS', 'PID_FILE'],
  ...['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_MODE', 'SLACK_API_URL', 'SLACK_DIGEST_ADMINS'],
  ...['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DISCORD_SHARDS', 'DISCORD_SHARD_IDS'],
];

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Bot {
  child: ChildProcess;
  /** What it has written so far. */
  out: { stdout: string; stderr: string };
  exited: Promise<Exit>;
}

let tmp: string;
const children: ChildProcess[] = [];
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'crocus-main-'));
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts `node --import tsx src/main.ts` with only PATH, HOME, an empty config and a store in the temp dir, plus `env`. */
function start(env: Record<string, string>, stdin?: string): Bot {
  const base = Object.fromEntries(CONFIG_KEYS.map((k) => [k, '']));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...base, DATABASE_FILE: join(tmp, `bot-${children.length}.sqlite`), PID_FILE: join(tmp, `bot-${children.length}.pid`), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (out.stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (out.stderr += d.toString('utf8')));
  if (stdin !== undefined) child.stdin!.end(stdin);
  const exited = once(child, 'close').then(([code, signal]) => ({ code, signal, ...out }) as Exit);
  return { child, out, exited };
}

/** The log lines on stderr at level error (50) or above. */
const errorLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg?: string })
    .filter((l) => l.level >= 50);

/** What the console adapter prints for these lines in-process, on the same commands and facts. */
async function consoleAnswers(lines: string[]): Promise<string> {
  let text = '';
  const output = new Writable({ write: (chunk, _enc, done) => ((text += String(chunk)), done()) });
  await runConsole({ services: { engine: realEngine() }, commands, input: Readable.from([`${lines.join('\n')}\n`]), output, now: () => new Date() });
  return text;
}

const QUESTIONS = ['how many people died?', 'about', 'who won the 2018 world cup'];

describe('the bot process, started as `npm start` would (node --import tsx src/main.ts)', () => {
  it('with no tokens, answers piped questions on stdout, only answers, and exits 0 at end of input', async () => {
    const { code, stdout, stderr } = await start({}, `${QUESTIONS.join('\n')}\n`).exited;
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(await consoleAnswers(QUESTIONS));
    const [toll = '', about = '', abstention = ''] = stdout.trimEnd().split('\n\n');
    expect(toll).toMatch(/\b144\b/);
    expect(toll).toMatch(/\bAA, \d{1,2} Mar 2024\b/);
    expect(about).toContain(realEngine().about().text.split('\n')[0]);
    expect(abstention).toContain(realEngine().brief(QUESTIONS[2]!).text);
    expect(abstention).toContain('Try asking');
    expect(stdout.split('\n').some((l) => l.startsWith('{'))).toBe(false);
    expect(stderr).toContain('Slack is off: no SLACK_BOT_TOKEN set.');
    expect(errorLines(stderr)).toEqual([]);
  });

  it('refuses to start on a broken fact, naming the file, the record and the field', async () => {
    const facts = join(tmp, 'facts-broken');
    cpSync(join(ROOT, 'test/fixtures/facts-valid'), facts, { recursive: true });
    const file = join(facts, 'facts/sample.yaml');
    const broken = readFileSync(file, 'utf8').replace(/(- id: toll-144\n(?: {2}.*\n)*? {2}date: )2024-03-29/, '$1sometime in March');
    expect(broken).toContain('date: sometime in March');
    writeFileSync(file, broken);

    const { code, stdout, stderr } = await start({ FACTS_DIR: facts }, '').exited;
    expect(code).not.toBe(0);
    expect(stderr).toContain(file);
    expect(stderr).toContain('record "toll-144"');
    expect(stderr).toMatch(/record "toll-144": date: /);
    expect(stdout).toBe('');
  });

  it('refuses to start with an unknown digest time zone, naming the key', async () => {
    const { code, stdout, stderr } = await start({ DIGEST_TIMEZONE: 'Mars/Olympus' }, '').exited;
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/DIGEST_TIMEZONE: "Mars\/Olympus" is not an IANA time zone/);
    expect(stdout).toBe('');
  });

  it('with a Slack bot token but no signing secret, names the missing key and still answers on the console', async () => {
    const { code, stdout, stderr } = await start({ SLACK_BOT_TOKEN: FAKE_TOKENS.bot, SLACK_MODE: 'http' }, 'how many people died?\n').exited;
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('Slack is off: SLACK_SIGNING_SECRET missing (http mode)');
    expect(stdout).toMatch(/\b144\b/);
    expect(stdout).toBe(await consoleAnswers(['how many people died?']));
  });
});

describe('the bot process in Slack HTTP mode, against the fake Slack on 127.0.0.1', () => {
  let api: FakeSlackWebApi;
  let bot: Bot;
  let port: number;
  beforeAll(async () => {
    api = await startFakeSlackWebApi();
    port = await freePort();
    bot = start({
      SLACK_MODE: 'http',
      SLACK_BOT_TOKEN: FAKE_TOKENS.bot,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: String(port),
      SLACK_API_URL: api.apiUrl,
    });
    await healthy(`http://127.0.0.1:${port}/health`, bot);
  }, 30_000);
  afterAll(async () => {
    await api.close();
  });

  it('answers a signed /brief death toll at its response_url with 144 and its sources', async () => {
    const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, form(slashCommand('death toll', api.responseUrl('main'))));
    expect(ack).toMatchObject({ status: 200, text: '' });
    const [answer] = await api.waitFor('response_url', 1, 10_000);
    expect(answer!.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(answer!.body.blocks);
    expect(blocks).toMatch(/\b144\b/);
    const factId = /`([^`]+)`/.exec(blocks)?.[1] ?? '';
    for (const name of sourceNames(realEngine().core, factId)) expect(blocks).toContain(name);
    expect(api.callsTo('auth.test')[0]?.headers.authorization).toBe(`Bearer ${FAKE_TOKENS.bot}`);
  });

  it('stops cleanly on SIGTERM: exit code 0, the adapter says it stopped, the port is closed', async () => {
    bot.child.kill('SIGTERM');
    const { code, signal, stderr } = await bot.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stderr).toContain('slack adapter stopped');
    expect(errorLines(stderr)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});

describe('the bot process with Discord only and PORT set, against the fake Discord on 127.0.0.1', () => {
  let rest: FakeDiscordRest;
  let gateway: FakeDiscordGateway;
  let bot: Bot;
  let url: string;
  beforeAll(async () => {
    rest = await FakeDiscordRest.start();
    gateway = await FakeDiscordGateway.start();
    rest.gatewayUrl = gateway.url;
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    bot = start({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: rest.apiUrl, PORT: String(port) });
    await healthy(`${url}/ready`, bot);
    await gateway.identified();
  }, 30_000);
  afterAll(async () => {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await gateway.close();
    await rest.close();
  });

  it('serves /ready, and /health saying the Discord adapter is connected', async () => {
    expect(await (await fetch(`${url}/ready`)).json()).toEqual({ ready: true, facts: true, store: true });
    let health: unknown;
    for (let i = 0; i < 100; i++) {
      health = await (await fetch(`${url}/health`)).json();
      if (JSON.stringify(health).includes('discord')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(health).toEqual({ ok: true, adapters: { discord: true } });
  });

  it('counts an answered /brief on /metrics under platform discord', async () => {
    const payload = slashPayload('brief', [{ name: 'question', type: 3, value: 'how many people were killed?' }]);
    gateway.dispatch('INTERACTION_CREATE', payload);
    await rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`), 1, 10_000);
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toContain('bot_questions_total{platform="discord",outcome="answered"} 1');
    expect(text).toContain('bot_answer_seconds_count{platform="discord"} 1');
  });
});

/** Polls `url` until it answers 200; fails at once, with the process's stderr, if the process exits first. */
async function healthy(url: string, bot: Bot, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void bot.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the bot exited before /health answered:\n${bot.out.stderr}`);
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms:\n${bot.out.stderr}`);
}
