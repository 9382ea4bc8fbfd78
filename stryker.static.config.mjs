// The sanitizer's allowlist (src/markdown/sanitize-schema.ts) is built when the module loads, so
// all its mutants are static, which stryker.config.mjs skips. This runs them, with each test
// run importing the code afresh (vitest.mutation-static.config.ts): `npx stryker run stryker.static.config.mjs`.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/markdown/sanitize-schema.ts'],
  ignoreStatic: false,
  vitest: { configFile: 'vitest.mutation-static.config.ts' },
  incrementalFile: '.cache/stryker/static/incremental.json',
  htmlReporter: { fileName: '.cache/stryker/static/report/mutation.html' },
  jsonReporter: { fileName: '.cache/stryker/static/report/mutation.json' },
  thresholds: { ...base.thresholds, break: 90 },
};
