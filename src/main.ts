/**
 * Wires config, the fact core, the store and the adapters together. Nothing else wires.
 * With no platform tokens it opens the console on the embedded store; with tokens it starts every platform
 * whose keys are present and says which are off and why.
 */
import 'dotenv/config';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Services } from '../commands/command.js';
import { commands, consoleCommands } from '../commands/index.js';
import { runConsole } from './adapters/console/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createEngine } from './core/engine.js';
import { createLiveEngine } from './core/live-engine.js';
import { FactErrors } from './core/fact-error.js';
import { readCompiledCore } from './core/compiled-core.js';
import { memoTerms, type MemoTerms } from './core/search/fact-terms.js';
import type { FactCore } from './core/types.js';
import { createConsolePoster } from './digest/console-poster.js';
import { createDigests } from './digest/create-digests.js';
import type { ChannelPoster } from './digest/contracts.js';
import { createLogger, type Logger } from './logger.js';
import { digestObserver, measuredEngine, measuredStore } from './ops/measure.js';
import type { Metrics } from './ops/metrics.js';
import { healthRoute, metricsRoute, readyRoute, startOpsServer, type AdapterStates, type OpsRoute, type Readiness } from './ops/routes.js';
import { createFeedbackLog } from './store/feedback.js';
import { createLanguagePreferences } from './store/language-preferences.js';
import { openStore } from './store/open-store.js';
import { reloadFacts } from './reload-facts.js';
import type { Store } from './store/store.js';

type Stop = () => Promise<void>;

/** Written by `npm run build` beside the bundle; from src/ (tsx) there is none and the YAML is read. */
const COMPILED_CORE = fileURLToPath(new URL('./core.json', import.meta.url));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readConfig(): Readonly<Config> {
  try {
    return loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) fail(`Configuration error: ${e.message}`);
    throw e;
  }
}

/**
 * The facts: from `dist/core.json` when it was compiled from the facts in `dir` (no YAML, schema or stemming at
 * start), else loaded and validated from `dir`.
 */
async function readFacts(dir: string): Promise<{ core: FactCore; terms?: MemoTerms }> {
  const compiled = readCompiledCore(COMPILED_CORE, dir);
  if (compiled) return { core: compiled.core, terms: memoTerms(compiled.terms) };
  // Only now the YAML parser and the schema: a start from dist/ never loads them.
  const { loadFactCore } = await import('./core/load.js');
  try {
    return { core: loadFactCore(dir) };
  } catch (e) {
    if (e instanceof FactErrors) fail(`Cannot start: ${e.message}`);
    throw e;
  }
}

async function openDigests(config: Config, logger: Logger, core: () => FactCore, consoleMode: boolean, metrics: Metrics | undefined) {
  let store: Store;
  try {
    const opened = await openStore(config.database, logger);
    store = metrics === undefined ? opened : measuredStore(opened, metrics);
  } catch (e) {
    logger.error({ err: e }, 'store unavailable: digests are off; questions and the other commands still work');
    return undefined;
  }
  const digests = createDigests({
    store,
    core,
    logger,
    defaultTimeZone: config.digestTimeZone,
    retentionDays: config.retentionDays,
    posters: consoleMode ? [createConsolePoster(process.stdout)] : [],
    observe: metrics && digestObserver(metrics),
  });
  return { store, digests };
}

/** Where `npm run facts:reload` finds this process; a failure to write it only costs that shortcut. */
function writePidFile(file: string, logger: Logger): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${process.pid}\n`);
  } catch (err) {
    logger.warn({ err, file }, 'could not write the pid file; send SIGHUP to reload facts instead of npm run facts:reload');
  }
}

/** Removes the pid file at shutdown, unless another process (a replica sharing the path) has written it since. */
function removePidFile(file: string): void {
  try {
    if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
  } catch {
    // Gone already, or never written: nothing to remove.
  }
}

type Opened = NonNullable<Awaited<ReturnType<typeof openDigests>>>;

/** What main needs of a running platform adapter. */
interface Running {
  poster: ChannelPoster;
  stop: Stop;
  /** For `/health` where main serves it (Discord reports its gateway; Slack serves its own `/health`). */
  connected?: () => boolean;
}

/** How main watches the running process: metrics, `/ready`, and the adapters `/health` lists. */
interface Ops {
  metrics: Metrics;
  /** `/ready` and `/metrics`, for whichever server listens. */
  routes: OpsRoute[];
  adapters: Map<string, () => boolean>;
}

async function startPlatforms(config: Config, services: Services, logger: Logger, opened: Opened | undefined, ops: Ops): Promise<Stop[]> {
  const digests = opened?.digests;
  const now = () => new Date();
  // Each platform counts its own questions.
  const servicesOf = (platform: 'slack' | 'discord'): Services => ({ ...services, engine: measuredEngine(services.engine, platform, ops.metrics) });
  // Each platform SDK is imported only when its keys are set: the console starts without loading Bolt or discord.js.
  const platforms: Array<[name: string, start: () => Promise<Running>]> = [];
  const { slack, discord } = config;
  if (slack) {
    // Replicas share PostgreSQL, so they claim Slack deliveries there; one process on SQLite remembers them in memory.
    const claims = config.database.kind === 'postgres' ? opened?.store : undefined;
    const options = { config: slack, services: servicesOf('slack'), commands, logger, now, routes: ops.routes, claims };
    platforms.push(['Slack', async () => (await import('./adapters/slack/index.js')).startSlack(options)]);
  }
  if (discord) {
    const options = { config: discord, services: servicesOf('discord'), commands, logger, now };
    platforms.push(['Discord', async () => (await import('./adapters/discord/index.js')).startDiscord(options)]);
  }
  const stops: Stop[] = [];
  for (const [name, start] of platforms) {
    try {
      const running = await start();
      digests?.addPoster(running.poster);
      if (running.connected) ops.adapters.set(name.toLowerCase(), running.connected);
      stops.push(() => running.stop());
      logger.info(`${name} adapter started`);
    } catch (e) {
      logger.error({ err: e }, `${name} did not start; the other adapters still work`);
    }
  }
  return stops;
}

/**
 * Without Slack's receiver (a Discord-only deployment) and with PORT set, a small server answers `/health`,
 * `/ready` and `/metrics`; it starts before the facts load, so `/ready` says 503 until they have.
 */
async function startOpsServerIfNeeded(config: Config, ops: Ops, logger: Logger): Promise<Server | undefined> {
  if (config.port === undefined || config.slack || !config.discord) return undefined;
  const states = (): AdapterStates => Object.fromEntries([...ops.adapters].map(([name, connected]) => [name, connected()]));
  try {
    const server = await startOpsServer(config.port, [healthRoute(states), ...ops.routes]);
    logger.info({ port: config.port }, 'ops: /health, /ready and /metrics listening');
    return server;
  } catch (err) {
    logger.error({ err, port: config.port }, 'ops: /health, /ready and /metrics could not listen; the bot works without them');
    return undefined;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  for (const note of config.notes) logger.info(note);

  const consoleMode = !config.slack && !config.discord;
  // Metrics only where something can scrape them: the console never loads prom-client (it costs cold start).
  const metrics = consoleMode ? undefined : (await import('./ops/metrics.js')).createMetrics();
  const readiness: Readiness = { facts: false, store: false };
  const ops: Ops | undefined = metrics && { metrics, routes: [readyRoute(() => readiness), metricsRoute(metrics.registry)], adapters: new Map() };
  const opsServer = ops && (await startOpsServerIfNeeded(config, ops, logger));

  const { core, terms } = await readFacts(config.factsDir);
  readiness.facts = true;
  const live = createLiveEngine(createEngine(core, terms));
  const engine = live.engine;
  logger.info({ facts: core.facts.length, sources: core.sources.size }, 'fact core loaded');

  const opened = await openDigests(config, logger, () => engine.core, consoleMode, metrics);
  readiness.store = opened !== undefined;
  const languages = opened && createLanguagePreferences(opened.store, logger, () => new Date());
  const feedback = opened && config.feedback && createFeedbackLog(opened.store, config.feedback.salt, logger, () => new Date());
  const services: Services = { engine, digests: opened?.digests.service, languages, feedback };

  // One failing handler never takes the process down: log and carry on.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception'));

  const stops = ops === undefined ? [] : await startPlatforms(config, services, logger, opened, ops);
  opened?.digests.scheduler.start();

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await opened?.digests.scheduler.stop();
    await Promise.allSettled(stops.map((stop) => stop()));
    await opened?.store.close();
    await new Promise((resolve) => (opsServer === undefined ? resolve(undefined) : opsServer.close(resolve)));
    removePidFile(config.pidFile);
    process.exit(code);
  };
  // Edited facts without a restart: validated first, swapped between questions, kept old on any problem.
  let reloading: Promise<unknown> = Promise.resolve();
  process.on('SIGHUP', () => {
    reloading = reloading.then(() => reloadFacts(config.factsDir, live, logger)).catch((err: unknown) => logger.error({ err }, 'facts: reload failed'));
  });
  writePidFile(config.pidFile, logger);
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  if (consoleMode) {
    await runConsole({ services, commands: consoleCommands, input: process.stdin, output: process.stdout, now: () => new Date() });
    await shutdown(0);
  } else if (stops.length === 0) {
    logger.error('no platform adapter could start; see the errors above');
    await shutdown(1);
  }
}

await main();
