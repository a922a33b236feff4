import { Writable } from 'node:stream';
import pino from 'pino';
import type { Command, Services } from '../../../../commands/command.js';
import { startSlack, type SlackAdapter, type SlackTuning, type StartSlackOptions } from '../../../../src/adapters/slack/index.js';
import { FAKE_TOKENS, startFakeSlackWebApi, type FakeSlackWebApi } from '../../../fakes/slack-web-api.js';
import { startFakeSocketMode, type FakeSocketMode } from '../../../fakes/slack-socket-mode.js';
import { fixtureCommands, fixtureEngine } from './fixture-commands.js';
import { SIGNING_SECRET } from './signed.js';

/** Retries that keep tests fast but still retry. */
export const FAST: Partial<SlackTuning> = {
  apiRetries: 2,
  apiMinRetryMs: 10,
  apiMaxRetryMs: 50,
  apiTimeoutMs: 2000,
  respond: { retries: 2, retryDelayMs: 10, maxRetryAfterMs: 3000, timeoutMs: 2000 },
};

/** A running bot against the fakes, with its log lines. */
export interface TestBot {
  api: FakeSlackWebApi;
  socket?: FakeSocketMode;
  slack: SlackAdapter;
  /** HTTP mode: `http://127.0.0.1:<port>`. */
  url: string;
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/** A pino logger that keeps its lines, parsed, in `logs`. */
export function memoryLogger(level = 'debug') {
  const logs: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, stream), logs };
}

/** Starts the real adapter (real Bolt) against a fake Slack, in HTTP mode or Socket Mode. */
export async function startTestBot(
  opts: {
    mode?: 'http' | 'socket';
    /** Defaults to the fixture commands on the fixture engine; pass the real ones for end-to-end tests. */
    commands?: readonly Command[];
    services?: Services;
    digestAdmins?: string[];
    tuning?: Partial<SlackTuning>;
    routes?: StartSlackOptions['routes'];
    claims?: StartSlackOptions['claims'];
    /** A fake Slack shared by several bots (replicas); the caller closes it. */
    api?: FakeSlackWebApi;
  } = {},
): Promise<TestBot> {
  const mode = opts.mode ?? 'http';
  const socket = mode === 'socket' ? await startFakeSocketMode() : undefined;
  const api = opts.api ?? (await startFakeSlackWebApi({ socketUrl: socket ? () => socket.url : undefined }));
  const { logger, logs } = memoryLogger();
  const slack = await startSlack({
    config: {
      botToken: FAKE_TOKENS.bot,
      mode,
      signingSecret: SIGNING_SECRET,
      appToken: FAKE_TOKENS.app,
      port: 0,
      apiUrl: api.apiUrl,
      digestAdmins: opts.digestAdmins ?? [],
    },
    services: opts.services ?? { engine: fixtureEngine() },
    commands: opts.commands ?? fixtureCommands,
    logger,
    now: () => new Date(),
    tuning: { ...FAST, ...opts.tuning },
    routes: opts.routes,
    claims: opts.claims,
  });
  return {
    api,
    socket,
    slack,
    url: `http://127.0.0.1:${slack.port}`,
    logs,
    async close() {
      await slack.stop();
      await socket?.close();
      if (opts.api === undefined) await api.close();
    },
  };
}
