import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Fact, FactCore, Source } from './types.js';

/**
 * The fact core as `npm run build` leaves it in `dist/core.json`: validated, linked, and with every index term
 * the engine made from it, so a start from `dist/` parses no YAML, runs no schema and stems no word. It holds the
 * hash of the facts it was made from; a start whose facts/ differ loads the YAML instead.
 */
export interface CompiledCore {
  version: 1;
  /** `factsHash` of the facts/ folder it was compiled from. */
  hash: string;
  facts: Fact[];
  sources: Source[];
  entities: Entity[];
  /** Text -> index terms, as the engine's term memo held them after building. */
  terms: [string, readonly string[]][];
}

/** The files of a facts/ folder the bot reads, in a stable order. */
function factFiles(dir: string): string[] {
  const files = [join(dir, 'sources.yaml')];
  for (const sub of ['entities', 'facts']) {
    const d = join(dir, sub);
    if (existsSync(d)) files.push(...readdirSync(d).filter((n) => n.endsWith('.yaml')).sort().map((n) => join(d, n)));
  }
  return files;
}

/** A hash of every file of a facts/ folder, names and contents: it changes when any fact, source or entity does. */
export function factsHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of factFiles(dir)) {
    h.update(f.slice(dir.length));
    h.update('\0');
    h.update(existsSync(f) ? readFileSync(f) : Buffer.alloc(0));
    h.update('\0');
  }
  return h.digest('hex');
}

/** The compiled form of a validated core and the engine's term memo. */
export function compileCore(core: FactCore, hash: string, terms: [string, readonly string[]][]): CompiledCore {
  return { version: 1, hash, facts: [...core.facts], sources: [...core.sources.values()], entities: [...core.entities], terms };
}

/**
 * The compiled core at `file`, when it was made from the facts now in `dir`; undefined when there is none or it is
 * stale (the caller then loads and validates the YAML).
 */
export function readCompiledCore(file: string, dir: string): { core: FactCore; terms: [string, readonly string[]][] } | undefined {
  if (!existsSync(file)) return undefined;
  let compiled: CompiledCore;
  try {
    compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledCore;
  } catch {
    return undefined;
  }
  if (compiled.version !== 1 || compiled.hash !== factsHash(dir)) return undefined;
  const core: FactCore = {
    facts: compiled.facts,
    sources: new Map(compiled.sources.map((s) => [s.id, s])),
    entities: compiled.entities,
    factsById: new Map(compiled.facts.map((f) => [f.id, f])),
  };
  return { core, terms: compiled.terms };
}
