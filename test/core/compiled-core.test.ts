import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCore, factsHash, readCompiledCore } from '../../src/core/compiled-core.js';
import { createEngine } from '../../src/core/engine.js';
import { loadFactCore } from '../../src/core/load.js';
import { memoTerms } from '../../src/core/search/fact-terms.js';

const work = mkdtempSync(join(tmpdir(), 'compiled-core-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture facts compiled as `npm run build` does, and the file it wrote. */
function compiled(): { dir: string; file: string } {
  const dir = mkdtempSync(join(work, 'facts-'));
  cpSync('test/fixtures/facts-valid', dir, { recursive: true });
  const core = loadFactCore(dir);
  const terms = memoTerms();
  createEngine(core, terms);
  const file = join(dir, 'core.json');
  writeFileSync(file, JSON.stringify(compileCore(core, factsHash(dir), terms.entries())));
  return { dir, file };
}

describe('the compiled fact core', () => {
  it('starts an engine that answers exactly as one built from the YAML', () => {
    const { dir, file } = compiled();
    const read = readCompiledCore(file, dir);
    expect(read).toBeDefined();
    const fromCompiled = createEngine(read!.core, memoTerms(read!.terms));
    const fromYaml = createEngine(loadFactCore(dir));
    for (const q of ['How many people were killed?', 'who denied it', 'what did Putin claim', 'weather in Paris']) {
      expect(fromCompiled.brief(q)).toEqual(fromYaml.brief(q));
    }
  });

  it('is not used once any fact file changed after it was compiled', () => {
    const { dir, file } = compiled();
    appendFileSync(join(dir, 'facts', 'sample.yaml'), '\n');
    expect(readCompiledCore(file, dir)).toBeUndefined();
  });

  it('is not used when missing or unreadable', () => {
    const { dir, file } = compiled();
    expect(readCompiledCore(join(dir, 'none.json'), dir)).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(readCompiledCore(file, dir)).toBeUndefined();
  });
});
