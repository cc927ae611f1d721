import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // After the summary, lists what ran without the corpus (test/support/corpus-present.ts).
    globalSetup: ['test/support/missing-corpus-summary.ts'],
  },
});
