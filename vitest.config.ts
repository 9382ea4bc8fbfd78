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
          globalSetup: ['tests/global-setup.ts'],
          hookTimeout: 300_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
