import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure functions and the Markdown pipeline: fast, no build.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The writers' commands, run as a writer would, against scratch copies of fixture content.
      { extends: true, test: { name: 'scripts', include: ['tests/scripts/**/*.test.ts'], testTimeout: 30_000 } },
      // Build output and browser tests share one build of the fixture sites.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          hookTimeout: 300_000,
          testTimeout: 120_000,
        },
      },
      // Lighthouse's performance score is simulated from the CPU time a load took, so it runs alone:
      // one worker, in a group of its own after every other test (vitest runs a project with
      // maxWorkers 1 last), on the same demo build (global-setup.ts builds once per run).
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          maxWorkers: 1,
          hookTimeout: 300_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
