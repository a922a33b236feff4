import { afterAll, beforeAll, describe } from 'vitest';
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
