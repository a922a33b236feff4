import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createKyselyStore } from './kysely-store.js';
import { migrate } from './migrations.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** Where the store lives: `config.database`. */
export type StoreLocation = Config['database'];

function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // WAL lets a second process read while one writes; the busy timeout makes a second writer wait, not fail.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return database;
}

/** `pg` is imported only here: a bot on SQLite never loads it (about 10 MB of RSS). */
async function postgresDialect(url: string, logger: Logger): Promise<PostgresDialect> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (err) => logger.warn({ err }, 'store: idle PostgreSQL connection failed'));
  return new PostgresDialect({ pool });
}

const sqliteTurns = new Map<string | symbol, Promise<unknown>>();

/**
 * Kysely's migration lock is a no-op on SQLite (it assumes one process). Holding the write lock for the whole
 * run makes a second process wait, then find the migrations done. Kysely uses this same connection.
 */
async function migrateSqlite(file: string, sqlite: SqliteDatabase.Database, db: Kysely<Database>): Promise<string[]> {
  // better-sqlite3 waits for a lock synchronously, so two connections of one process must not both wait:
  // they take turns here, and BEGIN IMMEDIATE makes other processes wait.
  const key = file === ':memory:' ? Symbol('memory') : resolve(file);
  const before = sqliteTurns.get(key) ?? Promise.resolve();
  const turn = before.then(() => migrateLocked(sqlite, db));
  sqliteTurns.set(key, turn.catch(() => undefined));
  return turn;
}

async function migrateLocked(sqlite: SqliteDatabase.Database, db: Kysely<Database>): Promise<string[]> {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const applied = await migrate(db as Kysely<unknown>);
    sqlite.exec('COMMIT');
    return applied;
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw err;
  }
}

async function connect(location: StoreLocation, logger: Logger): Promise<{ db: Kysely<Database>; applied: string[] }> {
  if (location.kind === 'postgres') {
    const db = new Kysely<Database>({ dialect: await postgresDialect(location.url, logger) });
    return { db, applied: await migrate(db as Kysely<unknown>).catch(destroyed(db)) };
  }
  const sqlite = openSqlite(location.file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, applied: await migrateSqlite(location.file, sqlite, db).catch(destroyed(db)) };
}

function destroyed(db: Kysely<Database>): (err: unknown) => Promise<never> {
  return async (err) => {
    await db.destroy();
    throw err;
  };
}

/**
 * Opens the store (SQLite file by default, PostgreSQL when `kind: 'postgres'`) and runs pending migrations.
 * Rejects if the database cannot be reached or a migration fails; start-up should stop then.
 * @example const store = await openStore(config.database, logger); // ... await store.close();
 */
export async function openStore(location: StoreLocation, logger: Logger): Promise<Store> {
  const { db, applied } = await connect(location, logger);
  const where = location.kind === 'sqlite' ? { file: location.file } : { database: 'postgres' };
  logger.info({ ...where, applied }, applied.length > 0 ? 'store: migrations applied' : 'store: schema up to date');
  return createKyselyStore(db, location.kind);
}
