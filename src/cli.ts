import dotenv from 'dotenv';
import { createInterface } from 'node:readline';
import { loadConfig } from './config.js';
import { createEngine, type Engine } from './core/engine.js';
import { factRecord } from './core/fact-json.js';
import { formatGaps, parseSince } from './core/gaps.js';
import { loadFactCore } from './core/load.js';
import type { Briefing } from './core/types.js';
import { readGaps } from './store/feedback.js';
import { openStore } from './store/open-store.js';
import type { Config } from './config.js';
import { pino } from 'pino';

/**
 * `npm run -s briefing -- <command>`: the briefing engine from a shell. Only results go to stdout (one per
 * line with --batch, JSON with --json); usage and errors go to stderr with a non-zero exit code.
 *
 *   ask "question" [--json]      ask --batch [--json] (questions on stdin, one per line)
 *   timeline [date] [--json]     sources <fact-id> [--json]     about [--json]     facts --json
 *   gaps [--since 7d] [--json]   (from the store: questions left unanswered, answers voted down)
 */

const USAGE = `usage: briefing ask "question" [--json]
       briefing ask --batch [--json]     (one question per line on stdin)
       briefing timeline [date] [--json]
       briefing sources <fact-id> [--json]
       briefing about [--json]
       briefing facts --json
       briefing gaps [--since 7d|24h] [--json]`;

class UsageError extends Error {}

function print(b: Briefing, json: boolean, oneLine: boolean): void {
  const out = json ? JSON.stringify(b) : oneLine ? b.text.replace(/\s*\n\s*/g, ' ') : b.text;
  process.stdout.write(`${out}\n`);
}

async function batch(engine: Engine, json: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) print(engine.brief(line), json, true);
}

/** `7d` or `24h` before now. */
function sinceOf(value: string | undefined, now: Date): Date {
  const since = parseSince(value, now);
  if (since === undefined) throw new UsageError(`--since takes a number of days or hours, like 7d or 24h (got "${value}").`);
  return since;
}

async function gaps(config: Config, since: Date, json: boolean): Promise<void> {
  const store = await openStore(config.database, pino({ level: 'silent' }));
  try {
    const report = await readGaps(store, since);
    process.stdout.write(`${json ? JSON.stringify(report) : formatGaps(report)}\n`);
  } finally {
    await store.close();
  }
}

/** Takes `--name value` out of argv. */
function takeOption(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = argv.splice(i, 2);
  return value;
}

async function run(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const batchMode = argv.includes('--batch');
  const since = takeOption(argv, '--since');
  const [command, ...args] = argv.filter((a) => a !== '--json' && a !== '--batch');
  if (!command || command === 'help' || command === '--help') throw new UsageError('');
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  if (command === 'gaps') return gaps(config, sinceOf(since, new Date()), json);
  const core = loadFactCore(config.factsDir);

  if (command === 'facts') {
    for (const fact of core.facts) {
      const r = factRecord(fact, core);
      process.stdout.write(`${json ? JSON.stringify(r) : `${r.id}\t${r.date}\t${r.text}`}\n`);
    }
    return;
  }
  const engine = createEngine(core);
  const rest = args.join(' ');
  switch (command) {
    case 'ask':
      if (batchMode) return batch(engine, json);
      if (!rest.trim()) throw new UsageError('ask needs a question (or --batch).');
      return print(engine.brief(rest), json, false);
    case 'timeline':
      return print(engine.timeline(rest || undefined), json, false);
    case 'sources':
      if (!rest.trim()) throw new UsageError('sources needs a fact id.');
      return print(engine.sources(rest), json, false);
    case 'about':
      return print(engine.about(), json, false);
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

// A reader that stops early (`| head`) closes the pipe: that is the end of the output, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

run(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) {
    if (e.message) console.error(`briefing: ${e.message}`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  console.error(`briefing: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
