import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mention } from './adapters/slack/support/payloads.js';
import { postSigned, SIGNING_SECRET } from './adapters/slack/support/signed.js';
import { FAKE_TOKENS, startFakeSlackWebApi, type FakeSlackWebApi } from './fakes/slack-web-api.js';
import { startPostgres, type TestPostgres } from './store/embedded-pg.js';
import { freePort } from './support/free-port.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Replica {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

/** Polls `check` every 100 ms until it is true; fails with `what` and the replicas' stderr after `tries`. */
async function until(check: () => boolean | Promise<boolean>, what: string, replicas: Replica[], tries = 250): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    if (replicas.some((r) => r.child.exitCode !== null)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}:\n${replicas.map((r) => r.stderr()).join('\n---\n')}`);
}

/**
 * The test, as it asks: two bot processes (`node --import tsx src/main.ts`, as `npm start` runs the bot) in
 * Slack HTTP mode on one real PostgreSQL, the same signed event sent to both, one answer at the fake Slack.
 */
describe('two bot processes on one PostgreSQL', () => {
  let server: TestPostgres;
  let api: FakeSlackWebApi;
  let dir: string;
  const replicas: Replica[] = [];
  beforeAll(async () => {
    server = await startPostgres();
    api = await startFakeSlackWebApi();
    dir = mkdtempSync(join(tmpdir(), 'crocus-replicas-'));
    const database = await server.newDatabase();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: database,
        PID_FILE: join(dir, `bot-${i}.pid`),
        SLACK_MODE: 'http',
        SLACK_BOT_TOKEN: FAKE_TOKENS.bot,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: api.apiUrl,
        PORT: String(port),
      };
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      replicas.push({ child, url: `http://127.0.0.1:${port}`, stderr: () => stderr });
    }
    for (const r of replicas) await until(() => fetch(`${r.url}/ready`).then((res) => res.status === 200, () => false), 'a replica never became ready', replicas);
  }, 90_000);
  afterAll(async () => {
    for (const r of replicas) {
      if (r.child.exitCode === null) {
        r.child.kill('SIGTERM');
        await once(r.child, 'close');
      }
    }
    await api?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers an event and its retry, sent one to each process, exactly once', async () => {
    const body = JSON.stringify(mention('how many people died?', '1711130000.000900', 'EvProcesses1'));
    const send = (r: Replica, headers: Record<string, string>) => postSigned(`${r.url}/slack/events`, body, { contentType: 'application/json', headers });
    const acks = await Promise.all([send(replicas[0]!, {}), send(replicas[1]!, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })]);
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    await api.waitFor('chat.postMessage', 1, 20_000);
    // Settled once one process ignored the duplicate, or both answered.
    const ignored = () => replicas.some((r) => r.stderr().includes('slack duplicate delivery ignored'));
    await until(() => ignored() || api.callsTo('chat.postMessage').length > 1, 'neither ignored the duplicate nor answered it twice', replicas, 150);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(String(api.callsTo('chat.postMessage')[0]!.body.text)).toMatch(/\b144\b/);
  });
});
