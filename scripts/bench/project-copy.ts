import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));

/** What a build of the site reads from the project, besides content and node_modules. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'schemas', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A copy of the project at `dest` that the bench or a test may change (components, plugins,
 * settings) without touching the real one: the site's files copied, `content/` from `content`
 * (if given), and a real `node_modules/` folder of links to the installed packages, so that the
 * copy's own `dist/` and `node_modules/.astro` are the live folder and the cache a deploy keeps.
 */
export async function copyProject(dest: string, content?: string): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(path.join(dest, 'node_modules'), { recursive: true });
  await Promise.all(PROJECT_FILES.map((f) => cp(path.join(projectDir, f), path.join(dest, f), { recursive: true })));
  if (content) await cp(content, path.join(dest, 'content'), { recursive: true });
  for (const entry of await readdir(path.join(projectDir, 'node_modules'))) {
    // Caches (Astro's, Vite's, vitest's: `.astro`, `.vite`, …) stay the copy's own; only packages and their bins are shared.
    if (entry.startsWith('.') && entry !== '.bin' && entry !== '.package-lock.json') continue;
    await symlink(path.join(projectDir, 'node_modules', entry), path.join(dest, 'node_modules', entry));
  }
}

/** Replaces `find` with `replace` in `file` (relative to `root`); throws if `find` is not there, so a change cannot silently do nothing. */
export async function editFile(root: string, file: string, find: string | RegExp, replace: string): Promise<void> {
  const target = path.join(root, file);
  const before = await readFile(target, 'utf8');
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`${file}: found no ${String(find)} to replace`);
  await writeFile(target, after);
}

/** The result of one `npm run build`. */
export interface DeployResult {
  code: number;
  output: string;
}

/**
 * Runs the deploy build (`node scripts/build.mjs`, what `npm run build` runs) in the project at
 * `root`: content from `root/content`, the live folder `root/dist`, the cache in
 * `root/node_modules/.astro`, the clock at `epoch`, and no `NEWSROOM_*` variable but `env`'s.
 */
export function deployBuild(root: string, epoch: number, env: Record<string, string> = {}): Promise<DeployResult> {
  return runInProject(root, [path.join(root, 'scripts/build.mjs')], { NODE_ENV: 'production', ...env }, epoch);
}

/**
 * Runs `astro sync` in the project at `root` (what `astro check`, a developer or the dev server
 * does to the content store between deploys), with the same clock and variables as deployBuild.
 */
export function astroSync(root: string, epoch: number, env: Record<string, string> = {}): Promise<DeployResult> {
  return runInProject(root, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], env, epoch);
}

/** Runs a Node script in `root` with content from `root/content`, the clock at `epoch` and no `NEWSROOM_*` variable but `env`'s. */
function runInProject(root: string, args: string[], env: Record<string, string>, epoch: number): Promise<DeployResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEWSROOM_')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NEWSROOM_CONTENT: 'content', SOURCE_DATE_EPOCH: String(epoch), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}
