import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'crocus-reload-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

const NEW_FACT = `- id: mourning-day
  text: Russia held a national day of mourning for the victims.
  ru: В России прошёл общенациональный день траура по погибшим.
  date: 2024-03-24
  topics: [aftermath]
  sources: [aa-2024-03-29-toll-144]
`;

/** Waits until `read()` matches, polling; the bot answers within milliseconds, so 20 s means it never will. */
async function until(read: () => string, pattern: RegExp, what: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (!pattern.test(read())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got:\n${read().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

describe('reloading facts on SIGHUP, end to end', () => {
  it('keeps the old facts when an edit is broken, and reports a new fact as new in the next digest', async () => {
    const facts = join(tmp, 'facts');
    cpSync(join(ROOT, 'test/fixtures/facts-valid'), facts, { recursive: true });
    const keys = ['DATABASE_URL', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_MODE', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'FEEDBACK_SALT'];
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...Object.fromEntries(keys.map((k) => [k, ''])),
      FACTS_DIR: facts,
      DATABASE_FILE: join(tmp, 'bot.sqlite'),
      PID_FILE: join(tmp, 'bot.pid'),
      LOG_LEVEL: 'info',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const say = (line: string) => child.stdin!.write(`${line}\n`);

    say('digest subscribe daily 09:00 UTC');
    say('digest now');
    await until(() => stdout, /Subscribed this channel[\s\S]*Crocus/, 'the first digest');
    expect(Number(readFileSync(join(tmp, 'bot.pid'), 'utf8'))).toBe(child.pid);

    // A broken edit: the new fact has no date. The old facts stay served and the log names file, id and field.
    const file = join(facts, 'facts/sample.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original + NEW_FACT.replace('  date: 2024-03-24\n', ''));
    child.kill('SIGHUP');
    await until(() => stderr, /reload refused; still serving/, 'the refused reload');
    expect(stderr).toMatch(/"file":"[^"]*sample\.yaml","id":"mourning-day","field":"date"/);
    say('How many people were killed?');
    await until(() => stdout, /death toll reached 144/, 'an answer from the old facts');

    // A good edit: served at once, and the next digest lists the new fact as new.
    writeFileSync(file, original + NEW_FACT);
    child.kill('SIGHUP');
    await until(() => stderr, /"added":\["mourning-day"\][^\n]*facts: reloaded/, 'the reload');
    const before = stdout.length;
    say('digest now');
    const out = await until(() => stdout.slice(before), /national day of mourning/, 'the digest after the reload');
    expect(out).toMatch(/New[\s\S]*national day of mourning/);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin!.end();
    await exited;
    expect(existsSync(join(tmp, 'bot.pid'))).toBe(false);
  }, 60_000);
});
