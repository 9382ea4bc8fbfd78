import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.mutation.config.ts';

// For static mutants (stryker.static.config.mjs): Stryker switches one on before the test files
// import the code, so each run must import it afresh. With isolate: false a module stays loaded
// from the run before and the mutant never takes effect (every one "survives").
export default mergeConfig(base, defineConfig({ test: { isolate: true } }));
