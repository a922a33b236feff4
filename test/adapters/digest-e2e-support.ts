import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Services } from '../../commands/command.js';
import type { Engine } from '../../src/core/engine.js';
import type { Fact } from '../../src/core/types.js';
import { createDigests, type Digests } from '../../src/digest/create-digests.js';
import type { ChannelPoster } from '../../src/digest/contracts.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { captureLogger, fakeClock } from '../digest/harness.js';
import { realEngine } from './real-facts.js';

/** Monday 24 March 2025, 08:30 in Moscow: half an hour before a `daily 09:00 Europe/Moscow` slot. */
export const BEFORE_SLOT = '2025-03-24T05:30:00Z';
/** Thirty seconds after that slot (09:00 Moscow is 06:00 UTC). */
export const AFTER_SLOT = '2025-03-24T06:00:30Z';
export const DAY_MS = 24 * 60 * 60_000;

/** The digest pieces main.ts wires, over the real facts and a real SQLite file, on a clock the test moves. */
export interface DigestWiring {
  engine: Engine;
  store: Store;
  digests: Digests;
  /** What the adapters get, as in main.ts: the engine and the digest service. */
  services: Services;
  clock: ReturnType<typeof fakeClock>;
  /** The digest logger's lines (errors here mean a post failed). */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Opens a SQLite store in a fresh temp directory and builds `createDigests` on it the way main.ts does, with the
 * real engine's fact core and an injected clock starting at `BEFORE_SLOT`. Adapters add their poster afterwards.
 */
export async function wireDigests(posters: readonly ChannelPoster[] = []): Promise<DigestWiring> {
  const dir = mkdtempSync(join(tmpdir(), 'crocus-digest-e2e-'));
  const engine = realEngine();
  const clock = fakeClock(BEFORE_SLOT);
  const { logger, lines } = captureLogger();
  const store = await openStore({ kind: 'sqlite', file: join(dir, 'bot.sqlite') }, logger);
  const digests = createDigests({ store, core: engine.core, logger, now: clock.now, defaultTimeZone: 'UTC', posters });
  return {
    engine,
    store,
    digests,
    services: { engine, digests: digests.service },
    clock,
    logs: lines,
    async close() {
      await digests.scheduler.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The fact of the real core whose text an item shows; throws when the item is not a fact of the core. */
export function factShown(engine: Engine, text: string): Fact {
  const fact = engine.core.facts.find((f) => text.startsWith(f.text));
  if (fact === undefined) throw new Error(`no fact of the real core reads "${text}"`);
  return fact;
}
