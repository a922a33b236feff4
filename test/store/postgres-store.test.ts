import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { startPostgres, type TestPostgres } from './embedded-pg.js';
import { storeContract } from './store-contract.js';

let server: TestPostgres;

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describe('PostgreSQL store (embedded server on loopback)', () => {
  storeContract(async () => ({ kind: 'postgres', url: await server.newDatabase() }));
});

describe('opening a PostgreSQL store', () => {
  it('refuses to start, saying why, when the server cannot be reached', async () => {
    const url = 'postgres://postgres:test@127.0.0.1:1/nothing'; // nothing listens on port 1
    await expect(openStore({ kind: 'postgres', url }, pino({ level: 'silent' }))).rejects.toThrow(/^store: could not reach or lock the database: .*ECONNREFUSED/);
  });
});
