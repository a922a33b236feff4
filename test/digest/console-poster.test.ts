import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest.js';
import { createConsolePoster } from '../../src/digest/console-poster.js';
import { digestCore } from '../fixtures/digest-core.js';

describe('console poster', () => {
  it('prints a digest with its sections and sources, and numbers its posts', async () => {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (c: Buffer) => (out += c.toString()));
    const poster = createConsolePoster(stream);
    const digest = buildDigest(digestCore(), undefined, new Date('2025-06-01T06:00:00Z'), { timeZone: 'UTC' });
    expect(await poster.post('console', digest)).toBe('console:1');
    expect(await poster.post('ops', digest)).toBe('console:2');
    const lines = out.split('\n');
    expect(lines[0]).toBe('== Crocus City Hall attack: overview ==');
    expect(lines).toContain('Key facts');
    expect(lines).toContain('• Russian authorities said four suspected gunmen were detained in Bryansk Oblast. (BBC News, 23 Mar 2024; TASS, 24 Mar 2024)');
    expect(lines.filter((l) => l.startsWith('[ops] == '))).toHaveLength(1);
  });
});
