import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The runtime matrix's own install (npm run setup:runtimes) holds packages, not tests of ours.
    exclude: [...configDefaults.exclude, 'test/runtimes/env/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // After the summary, lists what ran without the corpus (test/support/corpus-present.ts).
    globalSetup: ['test/support/missing-corpus-summary.ts'],
  },
});
