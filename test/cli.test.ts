import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapsReport } from '../src/core/gaps.js';
import { openStore } from '../src/store/open-store.js';
import { loadFactCore } from '../src/core/load.js';
import type { Briefing } from '../src/core/types.js';

/**
 * The CLI contract other tools rely on, run exactly as they run it: `npm run -s briefing -- ...` (which builds
 * dist/ first) and `npm run -s facts:check -- --json`. Only results on stdout; logs and usage on stderr.
 */
function npm(args: string[], input?: string, env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('npm', ['run', '-s', ...args], { input, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'info', ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const core = loadFactCore('facts');

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build']);
}, 60_000);

describe('briefing CLI', () => {
  it('prints the briefing text for one question, with the toll and its source', () => {
    const r = npm(['briefing', '--', 'ask', 'How many people were killed?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/144 people were killed \(as of 29 Mar 2024, AA\)/);
    expect(r.stdout).not.toMatch(/"level"/);
  });

  it('prints one Briefing object with --json', () => {
    const r = npm(['briefing', '--', 'ask', 'who claimed responsibility for the attack', '--json']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const b = JSON.parse(lines[0] as string) as Briefing;
    expect(b).toMatchObject({ query: 'who claimed responsibility for the attack', answered: true });
    expect(b.items.length).toBeGreaterThan(0);
    expect(b.items.length).toBeLessThanOrEqual(5);
    for (const item of b.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'text', 'date', 'sources']));
      expect(item.sources.length).toBeGreaterThan(0);
      for (const s of item.sources) expect(Object.keys(s).sort()).toEqual(['date', 'id', 'outlet', 'title']);
    }
  });

  it('answers every stdin line in order with --batch, one result per line', () => {
    const questions = ['how many people died?', 'who won the 2018 world cup', 'what happened on 24 March?'];
    const text = npm(['briefing', '--', 'ask', '--batch'], `${questions.join('\n')}\n`);
    expect(text.stdout.trim().split('\n')).toHaveLength(3);
    const json = npm(['briefing', '--', 'ask', '--batch', '--json'], `${questions.join('\n')}\n`);
    const results = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as Briefing);
    expect(results.map((b) => [b.query, b.answered])).toEqual([
      [questions[0], true],
      [questions[1], false],
      [questions[2], true],
    ]);
  });

  it('prints a day of the timeline, the citations of a fact, and what the bot covers', () => {
    expect(npm(['briefing', '--', 'timeline', '23 March']).stdout).toMatch(/23 Mar 2024/);
    const fact = core.factsById.get('toll-144-29-march') ?? core.facts[0]!;
    const outlet = core.sources.get(fact.sources[0]!)!.outlet;
    expect(npm(['briefing', '--', 'sources', fact.id]).stdout).toContain(outlet);
    expect(npm(['briefing', '--', 'about']).stdout).toContain(`${core.facts.length} curated facts`);
    // Three runs of the CLI, each building first: on a busy two-core machine that takes more than the default 20 s.
  }, 60_000);

  it('dumps every fact as one JSON line with the agreed fields', () => {
    const r = npm(['briefing', '--', 'facts', '--json']);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(core.facts.length);
    for (const rec of records) {
      expect(Object.keys(rec).sort()).toEqual(['contested', 'date', 'graphic', 'id', 'sources', 'text', 'topics']);
    }
    expect(records.find((rec) => rec.id === 'toll-144-29-march')).toMatchObject({ contested: false, graphic: false });
  });

  it('says how to use it on stderr and exits non-zero on an unknown command', () => {
    const r = npm(['briefing', '--', 'frobnicate']);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: briefing ask/);
  });
});

describe('briefing gaps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-gaps-'));
  const file = join(dir, 'bot.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const store = await openStore({ kind: 'sqlite', file }, pino({ level: 'silent' }));
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    const abstained = (question: string, d: number) => store.recordAbstention({ platform: 'slack', channelId: 'C1', userHash: 'h', question, at: daysAgo(d) });
    await abstained('Who won the World Cup?', 1);
    await abstained('who won the world cup', 2);
    await abstained('Weather in Moscow?', 3);
    await abstained('What about Beslan?', 10);
    const vote = { platform: 'discord', channelId: 'D1', question: 'How many died?', factIds: ['toll-144-29-march'], vote: 'down', at: daysAgo(1) } as const;
    await store.recordVote({ ...vote, factIds: [...vote.factIds], answerId: 'a1', userHash: 'h1' });
    await store.recordVote({ ...vote, factIds: [...vote.factIds], answerId: 'a1', userHash: 'h2' });
    await store.recordVote({ ...vote, factIds: ['x'], question: 'who did it', vote: 'up', answerId: 'a2', userHash: 'h1' });
    await store.close();
  });

  it('reports the most frequent unanswered questions of the last 7 days and the answers voted down, with their facts', () => {
    const r = npm(['briefing', '--', 'gaps', '--json'], undefined, { DATABASE_FILE: file, DATABASE_URL: '' });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as GapsReport;
    expect(report.unanswered.map((g) => [g.form, g.count])).toEqual([
      ['who won the world cup', 2],
      ['weather in moscow', 1],
    ]);
    expect(report.downvoted).toEqual([{ form: 'how many died', question: 'How many died?', factIds: ['toll-144-29-march'], down: 2, up: 0 }]);
  });

  it('reaches further back with --since, and prints text without --json', () => {
    const r = npm(['briefing', '--', 'gaps', '--since', '30d'], undefined, { DATABASE_FILE: file, DATABASE_URL: '' });
    expect(r.stdout).toContain('What about Beslan?');
    expect(r.stdout).toContain('2/0  How many died?  [toll-144-29-march]');
    expect(npm(['briefing', '--', 'gaps', '--since', 'soon']).stderr).toMatch(/--since takes a number of days or hours/);
  });
});

describe('facts:check --json', () => {
  it('prints one summary object of the real facts with no errors', () => {
    const r = npm(['facts:check', '--', '--json']);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, number>;
    expect(Object.keys(summary)).toEqual(['facts', 'sources', 'entities', 'contested', 'graphic', 'errors']);
    expect(summary).toMatchObject({ facts: core.facts.length, errors: 0 });
  });
});
