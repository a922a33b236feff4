import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { runConsole } from '../../../src/adapters/console/index.js';
import { createConsolePoster } from '../../../src/digest/console-poster.js';
import { AFTER_SLOT, DAY_MS, factShown, wireDigests, type DigestWiring } from '../digest-e2e-support.js';
import { sourceNames } from '../real-facts.js';

const OVERVIEW = '== Crocus City Hall attack: overview ==';

/**
 * Digests on the console end to end, wired as main.ts wires console mode: the real facts and engine, a SQLite
 * store in a temp directory, createDigests with the console poster on the same output stream as the session, a
 * clock the test moves, the real commands, and runConsole reading piped lines. The steps share one subscription,
 * so they run in order.
 */
describe('console digests, from digest subscribe to the scheduled post', () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  const errors: unknown[] = [];
  let wiring: DigestWiring;
  let session: Promise<void>;

  beforeAll(async () => {
    output.on('data', (d: Buffer) => (out += d.toString()));
    wiring = await wireDigests([createConsolePoster(output)]);
    session = runConsole({ services: wiring.services, commands, input, output, now: wiring.clock.now, onError: (e) => errors.push(e) });
  });
  afterAll(async () => {
    input.end();
    await session;
    await wiring?.close();
  });

  /** Types `line`; resolves with the answer (piped input: each answer ends with a blank line). */
  function say(line: string): Promise<string> {
    const from = out.length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`console: no answer to "${line}"; got ${JSON.stringify(out.slice(from))}`)), 5000);
      const check = () => {
        if (!out.slice(from).endsWith('\n\n')) return;
        clearTimeout(timer);
        output.off('data', check);
        resolve(out.slice(from, -2));
      };
      output.on('data', check);
      input.write(`${line}\n`);
    });
  }

  /** Runs one scheduler pass; resolves with its results and what it printed. */
  async function tick() {
    const from = out.length;
    const results = await wiring.digests.scheduler.tick();
    return { results, printed: out.slice(from) };
  }

  it('confirms subscribing the console', async () => {
    const answer = await say('digest subscribe daily 09:00 Europe/Moscow');
    expect(answer).toMatch(/^Subscribed this channel to digests: daily 09:00 \(Europe\/Moscow\)\. Next digest: Mon 24 Mar 2025, 09:00 \(Europe\/Moscow\)\./);
    expect(await wiring.store.findSubscription('console', 'console')).toMatchObject({ schedule: '0 9 * * *', timeZone: 'Europe/Moscow' });
  });

  it('lists the subscription', async () => {
    expect(await say('digest list')).toBe(
      'Digest: daily 09:00 (Europe/Moscow), set up by console. Next digest: Mon 24 Mar 2025, 09:00 (Europe/Moscow).\n' +
        'When nothing changed, a one-line digest says so.',
    );
  });

  it('prints exactly one digest once 09:00 Moscow time has passed, with the toll of 144 and its sources', async () => {
    expect(await tick()).toEqual({ results: [], printed: '' });

    wiring.clock.set(AFTER_SLOT);
    const { results, printed } = await tick();
    expect(results).toMatchObject([{ outcome: 'posted', channelId: 'console', messageRef: 'console:1', late: false }]);
    expect(printed.split(OVERVIEW)).toHaveLength(2);
    expect(printed.startsWith(OVERVIEW)).toBe(true);
    const line = printed.split('\n').find((l) => l.startsWith('• ') && /\b144\b/.test(l));
    expect(line, printed).toBeDefined();
    const fact = factShown(wiring.engine, line!.slice(2));
    expect(line).toBe(`• ${fact.text} (${sourceNames(wiring.engine.core, fact.id).join('; ')})`);
  });

  it('prints nothing more for the same slot', async () => {
    expect(await tick()).toEqual({ results: [], printed: '' });
    wiring.clock.advance(10 * 60_000);
    expect(await tick()).toEqual({ results: [], printed: '' });
    expect(await say('digest list')).toContain('Last posted: Mon 24 Mar 2025, 09:00 (Europe/Moscow).');
  });

  it('previews the next digest without posting or recording it', async () => {
    const answer = await say('digest preview');
    expect(answer).toMatch(/^== No changes ==\nNo new or revised facts since the last digest \(24 Mar 2025\)\.$/);
    const sub = await wiring.store.findSubscription('console', 'console');
    expect(sub).toBeDefined();
    expect((await wiring.store.lastPosted(sub!.id))?.messageRef).toBe('console:1');
  });

  it('stops printing digests once unsubscribed', async () => {
    expect(await say('digest unsubscribe')).toBe('Unsubscribed: this channel gets no more digests.');
    wiring.clock.advance(DAY_MS);
    expect(await tick()).toEqual({ results: [], printed: '' });
    expect(errors).toEqual([]);
    expect(wiring.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
