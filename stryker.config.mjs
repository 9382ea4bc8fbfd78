// Mutation testing of the core (`npm run test:mutation`; see docs/testing.md): the
// content, publishing, feed, Markdown, CDN and build logic, against the unit tests only.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // No type checker by default: on two shared cores it took ~12 s per mutant (9 minutes for
  // publish.ts alone). `npm run test:mutation -- --checkers typescript` adds it; it then checks
  // only the mutated code (tsconfig.mutation.json), and mutants that do not compile count as errors.
  checkers: [],
  tsconfigFile: 'tsconfig.mutation.json',
  coverageAnalysis: 'perTest',
  // Static mutants (module-level values) rerun every test in every file: 20% of the mutants and
  // over 80% of the time. The allowlist in src/markdown/sanitize-schema.ts is all static; check
  // it with `npx stryker run stryker.static.config.mjs` (which reloads the code for every run).
  ignoreStatic: true,
  mutate: [
    'src/content/**/*.ts',
    'src/publishing/**/*.ts',
    'src/feeds/**/*.ts',
    'src/search/**/*.ts',
    'src/cdn/**/*.ts',
    'src/cms/**/*.ts',
    'src/metadata/**/*.ts',
    'src/i18n/**/*.ts',
    'src/utils/**/*.ts',
    'src/markdown/**/*.ts',
    'src/build/**/*.ts',
    'src/schemas/common.ts',
    // Need Astro's virtual modules (astro:content, astro:assets), which only a build provides;
    // the site tests cover them.
    '!src/content/collections.ts',
    // Astro's loader context (store, parseData, renderMarkdown): the build tests cover the loader.
    '!src/content/loader.ts',
    '!src/feeds/entries.ts',
    '!src/metadata/social-images.ts',
    // Glue that runs Pagefind's process or the whole finishing step: one mutant would cost seconds.
    '!src/search/pagefind-index.ts',
    '!src/build/finish.ts',
  ],
  // Two workers at most: CI and dev machines here have two cores.
  concurrency: 2,
  incremental: true,
  // Ignored by git; CI can keep it between runs by caching this folder (see docs/testing.md).
  incrementalFile: '.cache/stryker/incremental.json',
  tempDirName: '.cache/stryker/tmp',
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: '.cache/stryker/report/mutation.html' },
  jsonReporter: { fileName: '.cache/stryker/report/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  ignorePatterns: ['/.cache', 'dist', '.dist-*', 'bench/.work', 'tests/.output', 'node_modules/.astro-test'],
};
