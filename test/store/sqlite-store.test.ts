import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'crocus-sqlite-'));
let n = 0;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store (temp file)', () => {
  storeContract(async () => ({ kind: 'sqlite', file: join(dir, `store-${++n}`, 'bot.sqlite') }));
});
