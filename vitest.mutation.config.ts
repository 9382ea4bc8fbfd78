import { defineConfig } from 'vitest/config';

// The fast unit tests alone, for mutation testing (stryker.config.mjs): no fixture-site build and
// no browser, so each mutant runs in milliseconds. Left out: the bench's own tests and the
// pagefind-index and finish tests (they drive Pagefind's process; neither file is mutated).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/bench/**', 'tests/unit/search/pagefind-index.test.ts', 'tests/unit/build/finish.test.ts'],
    // Stryker switches mutants at run time, so test files can share modules: re-importing the
    // Markdown pipeline and zod schemas for every file was most of each mutant's time.
    isolate: false,
  },
});
