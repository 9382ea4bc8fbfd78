import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Fingerprints of what shapes a build's output besides the content itself: our own code (followed
// through its relative imports, so a helper a plugin imports counts too), the locked dependency
// versions and the build-time variables. Caches fold them into their keys (src/content/loader.ts,
// astro.config.mjs, src/build/checks/page-facts-cache.ts): a cache is only as good as its keys.

// `import … from './x.ts'`, `export … from '../y.ts'`, `import './z.css'` and `import('./w.ts')`.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.\.?\/[^'"\n]+)\1/g;

/**
 * Every project file reachable from `entries` (paths relative to `root`) through relative
 * imports, sorted, the entries included. A missing file is listed too (its absence is part of
 * the fingerprint); package imports are not followed (the lockfile stands for them).
 */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((e) => path.normalize(e));
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    if (!/\.(?:[cm]?[jt]s|astro)$/.test(file)) continue;
    for (const [, , spec] of text.matchAll(RELATIVE_IMPORT)) {
      pending.push(path.normalize(path.join(path.dirname(file), spec!.replace(/[?#].*$/, ''))));
    }
  }
  return [...seen].sort();
}

/** A SHA-256 over the names and bytes of `files` (relative to `root`); a missing file counts as missing. */
export function filesDigest(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update('\0missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Variables that do not decide what a build's output holds: those that say where things are
 * (input, output, caches, the seeds record of src/integrations/seed-pages.ts), and NEWSROOM_SHOW_UNPUBLISHED, which the Astro command sets (dev
 * previews drafts; a build never does) and whose effect is in the store's entries themselves.
 */
const NOT_OUTPUT_VARIABLES = new Set(['NEWSROOM_CONTENT', 'NEWSROOM_DIST', 'NEWSROOM_OUT_DIR', 'NEWSROOM_CACHE_DIR', 'NEWSROOM_SEEDS_FILE', 'NEWSROOM_SHOW_UNPUBLISHED', 'NEWSROOM_LIVE_PLAN']);

/**
 * The build-time variables that can change what the site shows (every `NEWSROOM_*` but
 * NOT_OUTPUT_VARIABLES), as sorted `NAME=value` lines. `SOURCE_DATE_EPOCH` is not among them: what
 * the clock decides (published or not) is in the pages' own keys.
 */
export function outputVariables(env: Record<string, string | undefined> = process.env): string[] {
  return Object.keys(env)
    .filter((name) => name.startsWith('NEWSROOM_') && !NOT_OUTPUT_VARIABLES.has(name) && env[name] !== undefined)
    .sort()
    .map((name) => `${name}=${env[name]}`);
}

/** A short hash of the build-time variables that shape output (`outputVariables`). */
export function variablesFingerprint(env: Record<string, string | undefined> = process.env): string {
  return createHash('sha256').update(outputVariables(env).join('\n')).digest('hex').slice(0, 32);
}

/**
 * What turns a content file into a store entry: the content config and the loader with
 * everything they import (schemas, validation), the Markdown pipeline astro.config.mjs hands to
 * Astro (plugins, sanitizer, embed providers, site settings), the config itself, the lockfile
 * (Astro, Sätteri, zod) and the output variables. A change to any of them renders every entry again.
 */
export function renderFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const code = importClosure(root, ['src/content.config.ts', 'src/markdown/pipeline.ts', 'astro.config.mjs']);
  return createHash('sha256')
    .update(filesDigest(root, [...code, 'package-lock.json']))
    .update('\0')
    .update(outputVariables(env).join('\n'))
    .digest('hex')
    .slice(0, 32);
}
