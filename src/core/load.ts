import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml, JSON_SCHEMA } from 'js-yaml';
import type { z } from 'zod';
import { UNNAMED_OUTLET } from './citations.js';
import { translationMismatch } from './translation-check.js';
import { FactError, FactErrors } from './fact-error.js';
import { EntitySchema, FactSchema, SourceSchema } from './schema.js';
import type { Entity, Fact, FactCore, Source } from './types.js';

/** One YAML file of facts/, read but not yet validated. */
export interface RawFile {
  kind: 'sources' | 'entities' | 'facts';
  /** Path as shown in error messages. */
  file: string;
  text: string;
}

/** Reads facts/sources.yaml, facts/entities/*.yaml and facts/facts/*.yaml. */
export function readFactFiles(dir: string): RawFile[] {
  const files: RawFile[] = [{ kind: 'sources', file: join(dir, 'sources.yaml'), text: '' }];
  for (const kind of ['entities', 'facts'] as const) {
    const sub = join(dir, kind);
    if (!existsSync(sub)) continue;
    for (const name of readdirSync(sub).filter((n) => n.endsWith('.yaml')).sort()) {
      files.push({ kind, file: join(sub, name), text: '' });
    }
  }
  return files.map((f) => ({ ...f, text: readFileSync(f.file, 'utf8') }));
}

function records<S extends z.ZodType>(raw: RawFile, schema: S, errors: FactError[]): z.infer<S>[] {
  let data: unknown;
  try {
    // js-yaml's JSON schema keeps dates as strings and parses this data about 4x faster than `yaml` at start-up.
    data = parseYaml(raw.text, { schema: JSON_SCHEMA });
  } catch (e) {
    errors.push(new FactError(raw.file, undefined, undefined, `not valid YAML: ${(e as Error).message.split('\n')[0]}`));
    return [];
  }
  if (data == null) return [];
  if (!Array.isArray(data)) {
    errors.push(new FactError(raw.file, undefined, undefined, 'must be a YAML list of records'));
    return [];
  }
  const out: z.infer<S>[] = [];
  data.forEach((item: unknown, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      out.push(parsed.data);
      return;
    }
    const recordId =
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `#${i + 1}`;
    for (const issue of parsed.error.issues) {
      errors.push(new FactError(raw.file, recordId, issue.path.join('.') || undefined, issue.message));
    }
  });
  return out;
}

function startDate(date: string): string {
  return date.slice(0, 10);
}

/** Validates and links the files into a FactCore; returns every problem found instead of stopping at the first. */
export function buildFactCore(files: readonly RawFile[]): { core: FactCore; errors: FactError[] } {
  const errors: FactError[] = [];
  const sources = new Map<string, Source>();
  const entities: Entity[] = [];
  const entityIds = new Set<string>();
  const facts: Fact[] = [];
  const factsById = new Map<string, Fact>();

  for (const raw of files.filter((f) => f.kind === 'sources')) {
    for (const s of records(raw, SourceSchema, errors)) {
      if (sources.has(s.id)) errors.push(new FactError(raw.file, s.id, 'id', 'duplicate source id'));
      sources.set(s.id, s);
    }
  }
  for (const raw of files.filter((f) => f.kind === 'entities')) {
    for (const e of records(raw, EntitySchema, errors)) {
      if (entityIds.has(e.id)) errors.push(new FactError(raw.file, e.id, 'id', 'duplicate entity id'));
      entityIds.add(e.id);
      entities.push(e);
    }
  }
  for (const raw of files.filter((f) => f.kind === 'facts')) {
    for (const parsed of records(raw, FactSchema, errors)) {
      const fact: Fact = { ...parsed, file: raw.file };
      if (factsById.has(fact.id)) errors.push(new FactError(raw.file, fact.id, 'id', 'duplicate fact id'));
      factsById.set(fact.id, fact);
      facts.push(fact);
    }
  }

  for (const fact of facts) {
    const err = (field: string, detail: string) => errors.push(new FactError(fact.file ?? '?', fact.id, field, detail));
    const eventDate = startDate(fact.date);
    for (const sid of fact.sources) {
      const source = sources.get(sid);
      if (!source) err('sources', `unknown source "${sid}"`);
      else if (source.date < eventDate) {
        err('sources', `source "${sid}" (${source.date}) was published before the event it supports (${eventDate})`);
      } else if (fact.figure && !fact.derived && source.date < fact.figure.asOf) {
        err('figure.asOf', `figure as of ${fact.figure.asOf} is later than source "${sid}" (${source.date})`);
      }
    }
    // A figure added up from parts holds from the newest of the sources for its parts.
    const newest = fact.sources.map((sid) => sources.get(sid)?.date ?? '').sort().at(-1) ?? '';
    if (fact.figure && fact.derived && newest < fact.figure.asOf) {
      err('figure.asOf', `figure as of ${fact.figure.asOf} is later than its newest source (${newest})`);
    }
    const first = sources.get(fact.sources[0] ?? '');
    if (first && first.outlet === UNNAMED_OUTLET) {
      err('sources', `first source "${first.id}" names no outlet; cite a source with a named outlet first`);
    }
    for (const eid of fact.entities) if (!entityIds.has(eid)) err('entities', `unknown entity "${eid}"`);
    const mismatch = translationMismatch(fact.text, fact.ru);
    if (mismatch) err('ru', `the Russian text ${mismatch}`);
    if (fact.contested && fact.counterClaims.length === 0) err('counterClaims', 'a contested fact must link its counter-claims');
    for (const cid of fact.counterClaims) {
      const other = factsById.get(cid);
      if (!other) err('counterClaims', `unknown fact "${cid}"`);
      else if (!other.counterClaims.includes(fact.id)) {
        err('counterClaims', `"${cid}" does not link back to "${fact.id}"`);
      }
    }
  }
  return { core: { facts, sources, entities, factsById }, errors };
}

/** Loads facts/ for the bot; any problem stops start-up with every problem named. */
export function loadFactCore(dir: string): FactCore {
  const { core, errors } = buildFactCore(readFactFiles(dir));
  if (errors.length > 0) throw new FactErrors(errors);
  return core;
}
