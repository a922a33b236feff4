import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/digest/contracts.js';
import { createDigests } from '../../src/digest/create-digests.js';
import { digestObserver, measuredEngine, measuredStore } from '../../src/ops/measure.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { healthRoute, metricsRoute, readyRoute, startOpsServer, type Readiness } from '../../src/ops/routes.js';
import { openStore } from '../../src/store/open-store.js';
import { realEngine } from '../adapters/real-facts.js';
import { captureLogger, MANAGER } from '../digest/harness.js';
import { FakePoster } from '../digest/fake-poster.js';

const dir = mkdtempSync(join(tmpdir(), 'crocus-ops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
  server = undefined;
});

async function serve(...routes: Parameters<typeof startOpsServer>[1]): Promise<string> {
  server = await startOpsServer(0, routes);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** The value of one sample line of Prometheus text, e.g. `bot_questions_total{platform="slack",outcome="answered"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics', () => {
  it('counts answered and abstained questions by platform, and times each answer', async () => {
    const metrics = createMetrics();
    const slack = measuredEngine(realEngine(), 'slack', metrics);
    const discord = measuredEngine(realEngine(), 'discord', metrics);
    expect(slack.brief('how many people died?').answered).toBe(true);
    slack.brief('death toll');
    expect(discord.brief('who won the 2018 world cup').answered).toBe(false);

    const text = await (await fetch(await serve(metricsRoute(metrics.registry)) + '/metrics')).text();
    expect(sample(text, 'bot_questions_total{platform="slack",outcome="answered"}')).toBe(2);
    expect(sample(text, 'bot_questions_total{platform="discord",outcome="abstained"}')).toBe(1);
    expect(sample(text, 'bot_questions_total{platform="discord",outcome="answered"}')).toBeUndefined();
    expect(sample(text, 'bot_answer_seconds_count{platform="slack"}')).toBe(2);
    expect(sample(text, 'bot_answer_seconds_bucket{le="+Inf",platform="discord"}')).toBe(1);
    expect(text).toContain('# TYPE bot_queue_depth gauge');
    expect(text).toContain('# TYPE process_resident_memory_bytes gauge');
  });

  it('counts a failed store call under its method and passes the error on', async () => {
    const metrics = createMetrics();
    const store = measuredStore(await openStore({ kind: 'sqlite', file: join(dir, 'closed.sqlite') }, captureLogger().logger), metrics);
    expect(store.dialect).toBe('sqlite');
    await store.close();
    await expect(store.listSubscriptions()).rejects.toThrow();
    expect(await metrics.storeErrors.get()).toMatchObject({ values: [{ labels: { method: 'listSubscriptions' }, value: 1 }] });
  });

  it('counts digest posts and failures by platform', async () => {
    const metrics = createMetrics();
    const store = await openStore({ kind: 'sqlite', file: join(dir, 'digests.sqlite') }, captureLogger().logger);
    const poster = new FakePoster('slack');
    const digests = createDigests({ store, core: realEngine().core, logger: captureLogger().logger, defaultTimeZone: 'UTC', posters: [poster], observe: digestObserver(metrics) });
    await digests.service.subscribe(MANAGER, 'daily 09:00');
    await digests.service.now(MANAGER);
    poster.failNext(new DeliveryError('forbidden', 'missing access'));
    await digests.service.now(MANAGER);
    await store.close();
    const values = (await metrics.digests.get()).values.map((v) => [v.labels.platform, v.labels.outcome, v.value]);
    expect(values).toEqual(expect.arrayContaining([['slack', 'posted', 1], ['slack', 'failed', 1]]));
    expect(values).toHaveLength(2);
  });
});

describe('the ops server', () => {
  it('says /ready 503 until the facts are loaded and the store migrated, then 200', async () => {
    const readiness: Readiness = { facts: false, store: false };
    const url = await serve(readyRoute(() => readiness));
    const first = await fetch(`${url}/ready`);
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual({ ready: false, facts: false, store: false });
    readiness.facts = true;
    expect((await fetch(`${url}/ready`)).status).toBe(503);
    readiness.store = true;
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, facts: true, store: true });
  });

  it('says /health 503 and which adapter is down while one is disconnected; 404 elsewhere', async () => {
    let discord = false;
    const url = await serve(healthRoute(() => ({ discord })));
    const down = await fetch(`${url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, adapters: { discord: false } });
    discord = true;
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true, adapters: { discord: true } });
    expect((await fetch(`${url}/slack/events`)).status).toBe(404);
  });
});
