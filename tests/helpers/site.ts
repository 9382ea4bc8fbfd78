import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** The project root. */
export const projectDir = fileURLToPath(new URL('../../', import.meta.url));

/** 2025-01-16T12:00:00Z: the fixture site's fixed build time. */
export const FIXTURE_EPOCH = 1737028800;

/** 2026-11-25T12:00:00Z: the demo site's fixed build time in tests. */
export const DEMO_EPOCH = 1795608000;

/** The comment form endpoint the fixture site is built with. */
export const COMMENTS_ENDPOINT = 'https://comments.example/submit';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/**
 * Runs the real build (`scripts/build.mjs --out`: `astro build`, then the search index and the
 * output checks) on a content folder, with a fixed clock, into `outDir` (both relative to the
 * project). Resolves with the exit code and everything it printed.
 */
export function buildSite(opts: { content: string; outDir: string; epoch?: number; env?: Record<string, string> }): Promise<BuildResult> {
  const build = path.join(projectDir, 'scripts/build.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [build, '--out', opts.outDir], {
      cwd: projectDir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        NEWSROOM_CONTENT: opts.content,
        NEWSROOM_CACHE_DIR: path.join('node_modules/.astro-test', path.basename(opts.outDir)),
        SOURCE_DATE_EPOCH: String(opts.epoch ?? FIXTURE_EPOCH),
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output), outDir: path.join(projectDir, opts.outDir) }));
  });
}

/** Parses a built page (`/articles/x/` → `<outDir>/articles/x/index.html`) into a DOM document. */
export function readPage(outDir: string, urlPath: string): Document {
  const file = urlPath.endsWith('/') ? path.join(outDir, urlPath, 'index.html') : path.join(outDir, urlPath);
  if (!existsSync(file)) throw new Error(`no page at ${urlPath} (${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** True when the build wrote a page at `urlPath`. */
export function pageExists(outDir: string, urlPath: string): boolean {
  return existsSync(path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : ''));
}

/** Visible text of an element with white space collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
