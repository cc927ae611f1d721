import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The runtime matrix's own install (npm run setup:runtimes) holds packages, not tests of ours.
    exclude: [...configDefaults.exclude, 'test/runtimes/env/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two test files at a time, also on 2 cores (vitest's default there is one): the longest files wait on child
    // processes (npm, tsc, tsx, Prism, browsers) much of the time, so a second file fills the idle core.
    maxWorkers: 2,
    // After the summary, lists what ran without the corpus (test/support/corpus-present.ts).
    globalSetup: ['test/support/missing-corpus-summary.ts'],
  },
});
