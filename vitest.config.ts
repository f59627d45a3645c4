import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'web-dist'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // two cores here and in CI: more workers only thrash
    maxWorkers: 2,
  },
});
