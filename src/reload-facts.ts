import type { Logger } from 'pino';
import { factHash } from './core/digest-hash.js';
import { createEngine } from './core/engine.js';
import { FactErrors } from './core/fact-error.js';
import type { LiveEngine } from './core/live-engine.js';
import type { FactCore } from './core/types.js';

/** How a reload ended: the new facts are served, or the old ones still are. */
export type ReloadResult = { ok: true; facts: number; added: string[]; revised: string[] } | { ok: false; problems: number };

/**
 * Reloads `dir` into `live`: everything is validated first (schema, links, translations), and on any problem the
 * old facts stay served and each problem is logged with its file, record id and field. On success the new engine
 * is built in full, then swapped in at once. Digests read `live.engine.core`, so the next one reports what is new.
 * @example process.on('SIGHUP', () => void reloadFacts(config.factsDir, live, logger));
 */
export async function reloadFacts(dir: string, live: LiveEngine, logger: Logger): Promise<ReloadResult> {
  const { loadFactCore } = await import('./core/load.js');
  let core: FactCore;
  try {
    core = loadFactCore(dir);
  } catch (e) {
    if (!(e instanceof FactErrors)) {
      logger.error({ err: e, dir }, 'facts: reload failed; still serving the facts loaded before');
      return { ok: false, problems: 1 };
    }
    for (const p of e.errors) logger.error({ file: p.file, id: p.recordId, field: p.field, detail: p.detail }, `facts: reload refused: ${p.message}`);
    logger.error({ dir, problems: e.errors.length }, 'facts: reload refused; still serving the facts loaded before');
    return { ok: false, problems: e.errors.length };
  }
  const before = new Map(live.engine.core.facts.map((f) => [f.id, factHash(f)]));
  const added = core.facts.filter((f) => !before.has(f.id)).map((f) => f.id);
  const revised = core.facts.filter((f) => before.has(f.id) && before.get(f.id) !== factHash(f)).map((f) => f.id);
  live.swap(createEngine(core));
  logger.info({ dir, facts: core.facts.length, added, revised }, 'facts: reloaded');
  return { ok: true, facts: core.facts.length, added, revised };
}
