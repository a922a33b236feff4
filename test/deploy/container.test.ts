import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKENS, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { SIGNING_SECRET } from '../adapters/slack/support/signed.js';
import { freePort } from '../support/free-port.js';
import { processTerm } from '../../src/core/search/normalize.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
/** Keys .env.example documents: every key the config reads. */
const documented = new Set([...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]!));

interface Service {
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

describe('compose.yaml', () => {
  const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const bots = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

  it('runs PostgreSQL with a readiness check, and two bot replicas built from the Dockerfile', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(compose.services.postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(bots.map(([name]) => name)).toHaveLength(2);
    for (const [, bot] of bots) expect(bot.build).toBe('.');
  });

  it('starts each replica once PostgreSQL is healthy, on it, with a /health check on its PORT', () => {
    for (const [, bot] of bots) {
      expect(bot.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      expect(bot.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
      expect(bot.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${bot.environment?.PORT}/health`);
    }
  });

  it('splits the Discord gateway: one shard count, a different shard for each replica, keys the config knows', () => {
    const env = bots.map(([, bot]) => bot.environment ?? {});
    expect(new Set(env.map((e) => e.DISCORD_SHARDS))).toEqual(new Set(['2']));
    expect(env.map((e) => e.DISCORD_SHARD_IDS).sort()).toEqual(['0', '1']);
    for (const e of env) expect(Object.keys(e).filter((k) => !documented.has(k))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const stages = text.split(/^FROM /m).slice(1);
  const final = stages.at(-1) ?? '';

  it('builds dist/ in a node:20-slim build stage and installs production dependencies only in the final one', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^node:20-slim\b/);
    expect(stages[0]).toMatch(/^RUN npm run build$/m);
    expect(final).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
  });

  it('runs dist/main.js as a non-root user, with a HEALTHCHECK on /health', () => {
    expect(final).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(final).toMatch(/^HEALTHCHECK .*\/health/m);
    expect(final).toMatch(/^CMD \[.*"dist\/main\.js"\]$/m);
  });

  it('starts Node as `npm start` does, with the same flags (the memory they save is measured with them)', () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(final)?.[1] ?? '[]') as string[];
    expect(cmd.join(' ')).toBe(pkg.scripts.start);
  });

  it('keeps local state and secrets out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules/', 'dist/', 'data/', '.env']) expect(ignored).toContain(entry);
  });
});

/** The package a bare import specifier names: `pino`, `@slack/bolt`, `minisearch` for `minisearch/SearchableMap`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('a production install (dist/ and the production dependencies only)', () => {
  let app: string;
  beforeAll(() => {
    // A stemming memo an older build left, with a term today's code does not give: the build must not keep it.
    mkdirSync(join(ROOT, 'dist/data'), { recursive: true });
    writeFileSync(join(ROOT, 'dist/data/stems.json'), JSON.stringify([['теракта', 'stale']]));
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT });
    app = mkdtempSync(join(tmpdir(), 'crocus-prod-'));
    for (const dir of ['dist', 'facts']) cpSync(join(ROOT, dir), join(app, dir), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
    // What `npm ci --omit=dev` would install: the production closure, linked in from this checkout.
    const closure = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((p) => relative(ROOT, p))
      .filter((p) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(p));
    for (const path of closure) {
      mkdirSync(dirname(join(app, path)), { recursive: true });
      symlinkSync(join(ROOT, path), join(app, path), 'dir');
    }
  }, 120_000);
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('imports at run time only packages listed in dependencies', () => {
    // What the entry points load, following their chunks: dist/ may also hold chunks of earlier builds.
    const imported = new Set<string>();
    const files = [join(ROOT, 'dist/main.js'), join(ROOT, 'dist/cli.js')];
    for (const file of files) {
      // Imports, and packages loaded through createRequire(...)('name').
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bcreateRequire\([^)]*\)\(\s*)["']([^"']+)["']/g)) {
        const specifier = m[1]!;
        if (specifier.startsWith('.')) {
          const chunk = join(dirname(file), specifier);
          if (!files.includes(chunk)) files.push(chunk);
        } else if (!specifier.startsWith('node:')) imported.add(packageOf(specifier));
      }
    }
    expect([...imported]).toEqual(expect.arrayContaining(['pino', '@slack/bolt', 'discord.js', 'prom-client', 'snowball-stemmers']));
    expect([...imported].filter((p) => !(p in pkg.dependencies))).toEqual([]);
  });

  it('leaves beside the bundle a memo of the tokens it stemmed, each as stemming gives it now', () => {
    const stems = JSON.parse(readFileSync(join(ROOT, 'dist/data/stems.json'), 'utf8')) as [string, string][];
    // The lexicon's words and the facts' (English and Russian), not a handful.
    expect(stems.length).toBeGreaterThan(2000);
    expect(new Map(stems).get('теракта')).toBe(processTerm('теракта'));
    expect(stems.filter(([token, term]) => processTerm(token) !== term)).toEqual([]);
  });

  it('answers a question on the console with `node dist/main.js`', async () => {
    const child = spawn(process.execPath, ['dist/main.js'], { cwd: app, env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin.end('how many people died?\n');
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/\b144\b/);
  });

  it('starts Slack in HTTP mode and serves /ready and /metrics', async () => {
    const api = await startFakeSlackWebApi();
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: app,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', SLACK_MODE: 'http', SLACK_BOT_TOKEN: FAKE_TOKENS.bot, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    try {
      let status = 0;
      for (let i = 0; i < 250 && status !== 200 && child.exitCode === null; i++) {
        status = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.status, () => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, stderr).toBe(200);
      const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('# TYPE bot_questions_total counter');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'close');
      await api.close();
    }
  });
});

