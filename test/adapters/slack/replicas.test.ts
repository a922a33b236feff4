import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { startFakeSlackWebApi, type FakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { startPostgres, type TestPostgres } from '../../store/embedded-pg.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { directMessage, mention } from './support/payloads.js';
import { postSigned } from './support/signed.js';

const IGNORED = 'slack duplicate delivery ignored';

/** Resolves once some bot has logged `msg` `count` times in all (how a test knows a duplicate was handled). */
async function logged(bots: TestBot[], msg: string, count = 1): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (bots.flatMap((b) => b.logs).filter((l) => l.msg === msg).length >= count) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no bot logged "${msg}" ${count} time(s)`);
}

describe('Slack retries across two replicas (two real Bolt apps, one PostgreSQL)', () => {
  let server: TestPostgres;
  let api: FakeSlackWebApi;
  const stores: Store[] = [];
  const bots: TestBot[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((b) => b.close()));
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await api?.close();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Two replicas on one fresh database, each with its own store connection, answering at one fake Slack. */
  async function replicas(claimInStore: boolean): Promise<[TestBot, TestBot]> {
    api = await startFakeSlackWebApi();
    const url = await server.newDatabase();
    for (let i = 0; i < 2; i++) {
      const store = await openStore({ kind: 'postgres', url }, pino({ level: 'silent' }));
      stores.push(store);
      bots.push(await startTestBot({ api, claims: claimInStore ? store : undefined }));
    }
    return [bots[0]!, bots[1]!];
  }

  const send = (bot: TestBot, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    postSigned(`${bot.url}/slack/events`, JSON.stringify(payload), { contentType: 'application/json', headers });

  it('answers an event sent to both replicas (the original and its retry) exactly once', async () => {
    const [a, b] = await replicas(true);
    const payload = mention('how many died?', '1711130000.000100', 'EvReplica1');
    const acks = await Promise.all([send(a, payload), send(b, payload, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })]);
    expect(acks.map((r) => r.status)).toEqual([200, 200]);
    await logged([a, b], IGNORED);
    await api.waitFor('chat.postMessage');
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a second retry on either replica no more', async () => {
    const [a, b] = await replicas(true);
    const payload = directMessage('how many died?', '1711130000.000200', 'EvReplica2');
    await send(b, payload);
    await api.waitFor('chat.postMessage');
    await send(a, payload, { 'x-slack-retry-num': '1' });
    await send(b, payload, { 'x-slack-retry-num': '2' });
    await logged([a, b], IGNORED, 2);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('still answers different events on both replicas', async () => {
    const [a, b] = await replicas(true);
    await send(a, mention('how many died?', '1711130000.000300', 'EvReplica3'));
    await send(b, mention('how many died?', '1711130000.000400', 'EvReplica4'));
    await api.waitFor('chat.postMessage', 2);
    expect(api.callsTo('chat.postMessage').map((c) => c.body.thread_ts).sort()).toEqual(['1711130000.000300', '1711130000.000400']);
  });

  it('without the store claim (memory only), the same event on two replicas is answered twice: what the claim prevents', async () => {
    const [a, b] = await replicas(false);
    const payload = mention('how many died?', '1711130000.000500', 'EvReplica5');
    await Promise.all([send(a, payload), send(b, payload, { 'x-slack-retry-num': '1' })]);
    await api.waitFor('chat.postMessage', 2);
    expect(api.callsTo('chat.postMessage')).toHaveLength(2);
  });
});
