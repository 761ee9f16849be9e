import { defineConfig } from 'vitest/config';
import { isPdfJsLeftover } from './core/documents/pdf-rejections';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end tests start their own `clearance serve` and Chromium; two cores only.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
    // pdf.js leaves some internal promises of damaged files unobserved (see
    // core/documents/pdf-rejections.ts); only those are ignored, everything else fails the run.
    onUnhandledError: (error) => (isPdfJsLeftover(error) ? false : undefined),
  },
});
