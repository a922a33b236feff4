import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // PostgreSQL servers and fake platforms bind loopback ports; files run in parallel processes.
    pool: 'forks',
  },
});
