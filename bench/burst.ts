import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUESTIONS } from '../test/questions/questions.js';
import { form, slashCommand } from '../test/adapters/slack/support/payloads.js';
import { SIGNING_SECRET } from '../test/adapters/slack/support/signed.js';
import { FAKE_TOKENS } from '../test/fakes/slack-web-api.js';
import type { AnswerCount } from './burst-fake-slack.js';
import { burst } from './burst-load.js';
import { percentile } from './stats.js';

/**
 * `npm run bench -- burst [--requests N] [--concurrency C] [--runs R] [--warmup W] [--servers bot,bolt,floor]`: Slack's worst minute in HTTP mode. N signed
 * `/brief` commands (default 2,000), C at a time (200), each from a different user, against three servers started
 * as separate processes in the same run, one after another, R times (3), each first warmed by W commands (50)
 * sent one at a time and answered, which are not counted:
 *   bot    the bot as `npm start` runs it (`node <flags> dist/main.js`, SLACK_MODE=http), real facts
 *   bolt   a plain Bolt 5 app from Bolt's docs: `await ack(); await respond(...)` (bench/burst-bolt.ts)
 *   floor  `node:http` that only checks the signature and answers 200 (bench/burst-floor.ts)
 * All three talk to one fake Slack Web API on 127.0.0.1 (users.info, response_url), in a process of its own so
 * that serving them never delays the timing of acks (bench/burst-fake-slack.ts). Prints, per server, the
 * median over the runs of: ack p50 / p99, acks of 3 s or more, answers delivered to their response_url
 * (distinct, how many of them said "too busy", and any duplicates) and the server's peak RSS (VmHWM).
 * Never fails on timing. To look inside: `BURST_NODE_OPTIONS` is passed to the servers as NODE_OPTIONS, and with
 * `BURST_SNAPSHOT=1` each server gets SIGUSR2 once its acks are in (with
 * `BURST_NODE_OPTIONS=--heapsnapshot-signal=SIGUSR2`, a heap snapshot while the answers are being worked on).
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
}

const REQUESTS = arg('requests', 2000);
const CONCURRENCY = arg('concurrency', 200);
const RUNS = arg('runs', 3);
const WARMUP = arg('warmup', 50);
/** Slack shows the user an error for a command not acked within this. */
const SLACK_ACK_LIMIT_MS = 3000;

type Kind = 'bot' | 'bolt' | 'floor';

interface RunResult {
  p50: number;
  p99: number;
  slow: number;
  not200: number;
  delivered: number;
  busy: number;
  duplicates: number;
  rssMb: number;
}

/** The fake Slack in its child process: its URLs, and what a run's response_urls received. */
interface FakeSlack {
  apiUrl: string;
  responseUrl(id: string): string;
  count(prefix: string): Promise<AnswerCount>;
  close(): void;
}

async function startFakeSlack(): Promise<FakeSlack> {
  const child = fork('bench/burst-fake-slack.ts', { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const urls = await new Promise<{ apiUrl: string; responseBase: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { apiUrl: string; responseBase: string }));
    child.once('exit', (code) => reject(new Error(`fake Slack exited with ${code}`)));
  });
  let asking = Promise.resolve() as Promise<unknown>;
  return {
    apiUrl: urls.apiUrl,
    responseUrl: (id) => `${urls.responseBase}${id}`,
    count(prefix) {
      const answer = asking.then(() => new Promise<AnswerCount>((resolve) => {
        child.once('message', (m) => resolve(m as AnswerCount));
        child.send({ prefix });
      }));
      asking = answer;
      return answer;
    },
    close: () => child.disconnect(),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm start`'s own command line, so flags added there are benched too. */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const [node, ...rest] = pkg.scripts.start.split(/\s+/);
  if (node !== 'node') throw new Error(`npm start does not run node: ${pkg.scripts.start}`);
  return rest;
}

function spawnServer(kind: Kind, port: number, api: FakeSlack, dir: string): ChildProcess {
  const env = {
    PATH: process.env.PATH,
    PORT: String(port),
    SLACK_MODE: 'http',
    SLACK_BOT_TOKEN: FAKE_TOKENS.bot,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    DATABASE_FILE: join(dir, `${kind}-${port}.sqlite`),
    PID_FILE: join(dir, `${kind}-${port}.pid`),
    ...(process.env.BURST_NODE_OPTIONS && { NODE_OPTIONS: process.env.BURST_NODE_OPTIONS }),
  };
  const args = kind === 'bot' ? startArgs() : [`dist/bench/burst-${kind}.js`];
  return spawn(process.execPath, args, { env, stdio: 'ignore' });
}

async function waitListening(port: number, child: ChildProcess): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before listening`);
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not listen within 30 s');
}

/** Peak resident set of a process, from the kernel (Linux), in MB. */
function peakRssMb(pid: number): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return hwm ? Math.round(Number(hwm[1]) / 1024) : NaN;
}

/** Waits until every response_url of this run was posted to, or nothing new arrived for 15 s; then 1 s more for duplicates. */
async function countAnswers(api: FakeSlack, prefix: string, expected: number): Promise<AnswerCount> {
  let last = -1;
  let stillSince = performance.now();
  for (;;) {
    const n = (await api.count(prefix)).delivered;
    if (n >= expected) break;
    if (n !== last) [last, stillSince] = [n, performance.now()];
    else if (performance.now() - stillSince > 15_000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1000));
  return api.count(prefix);
}

async function runOnce(kind: Kind, run: number, api: FakeSlack, dir: string): Promise<RunResult> {
  const port = await freePort();
  const child = spawnServer(kind, port, api, dir);
  try {
    await waitListening(port, child);
    const questions = QUESTIONS.map((q) => q.q);
    const prefix = `${kind}-${run}-`;
    const bodies = Array.from({ length: REQUESTS }, (_, i) =>
      form(slashCommand(questions[i % questions.length] ?? '', api.responseUrl(`${prefix}${i}`), { user_id: `U${run}X${i}`, user_name: `user${i}` })),
    );
    const events = `http://127.0.0.1:${port}/slack/events`;
    // A burst meets a bot that has been up a while: a few commands one at a time first (not counted), so the
    // burst does not also time the first compilation of every code path and the clean-up after start-up.
    const warmup = Array.from({ length: WARMUP }, (_, i) => form(slashCommand(questions[i % questions.length] ?? '', api.responseUrl(`warm-${prefix}${i}`))));
    await burst(events, warmup, SIGNING_SECRET, 1);
    if (kind !== 'floor') await countAnswers(api, `warm-${prefix}`, WARMUP);
    const acks = await burst(events, bodies, SIGNING_SECRET, CONCURRENCY);
    if (process.env.BURST_SNAPSHOT) child.kill('SIGUSR2');
    const answers = kind === 'floor' ? { delivered: NaN, busy: NaN, duplicates: NaN } : await countAnswers(api, prefix, REQUESTS);
    return {
      p50: percentile(acks.ms, 50),
      p99: percentile(acks.ms, 99),
      slow: acks.ms.filter((ms) => ms >= SLACK_ACK_LIMIT_MS).length,
      not200: REQUESTS - (acks.statuses.get(200) ?? 0),
      ...answers,
      rssMb: peakRssMb(child.pid as number),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const built = spawnSync(process.execPath, ['scripts/build.mjs', '--bench'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error(`scripts/build.mjs --bench ended with ${built.status ?? built.signal}`);

const api = await startFakeSlack();
const dir = mkdtempSync(join(tmpdir(), 'crocus-burst-'));
const servers = process.argv.indexOf('--servers');
const kinds = (servers >= 0 ? (process.argv[servers + 1] ?? '').split(',') : ['bot', 'bolt', 'floor']) as Kind[];
const results = new Map<Kind, RunResult[]>(kinds.map((k) => [k, []]));
const started = performance.now();
try {
  // Interleaved, so a slow minute on the machine falls on all three rather than on one.
  for (let run = 0; run < RUNS; run++) {
    for (const kind of kinds) {
      const r = await runOnce(kind, run, api, dir);
      results.get(kind)?.push(r);
      console.log(`  run ${run + 1} ${kind.padEnd(5)} p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, ≥3 s ${r.slow}, not 200 ${r.not200}, answers ${r.delivered} (${r.busy} busy, +${r.duplicates} dup), peak RSS ${r.rssMb} MB`);
    }
  }
} finally {
  api.close();
  rmSync(dir, { recursive: true, force: true });
}

const labels: Record<Kind, string> = {
  bot: 'this bot (npm start)',
  bolt: 'plain Bolt 5 (ack, then respond)',
  floor: 'node:http, signature only (floor)',
};
const fmt = (x: number, unit = '') => (Number.isNaN(x) ? '—' : `${Math.round(x)}${unit}`);
console.log(`\nSlack burst, HTTP mode: ${REQUESTS} signed /brief, ${CONCURRENCY} concurrent, median of ${RUNS} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log('| server | ack p50 | ack p99 | acks ≥ 3 s | not 200 | answers delivered | of which "too busy" | duplicates | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const kind of kinds) {
  const rs = results.get(kind) ?? [];
  const m = (key: keyof RunResult) => median(rs.map((r) => r[key]));
  console.log(`| ${labels[kind]} | ${fmt(m('p50'), ' ms')} | ${fmt(m('p99'), ' ms')} | ${fmt(m('slow'))} | ${fmt(m('not200'))} | ${fmt(m('delivered'))} of ${REQUESTS} | ${fmt(m('busy'))} | ${fmt(m('duplicates'))} | ${fmt(m('rssMb'), ' MB')} |`);
}
