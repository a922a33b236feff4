import { describe, expect, it } from 'vitest';
import { hashUser } from '../../src/store/user-hash.js';

describe('hashUser', () => {
  const salt = '0123456789abcdef';
  it('gives the same person the same hash, and never contains the id', () => {
    const h = hashUser(salt, 'slack', 'U12345');
    expect(h).toBe(hashUser(salt, 'slack', 'U12345'));
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain('U12345');
  });
  it('tells platforms and salts apart', () => {
    expect(hashUser(salt, 'slack', 'U1')).not.toBe(hashUser(salt, 'discord', 'U1'));
    expect(hashUser(salt, 'slack', 'U1')).not.toBe(hashUser('fedcba9876543210', 'slack', 'U1'));
  });
});
