import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests start their own `clearance serve` and Chromium; two cores only.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
