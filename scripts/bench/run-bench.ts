// `npm run bench`: builds the real site over a generated corpus the way a newsroom deploys it,
// with `npm run build` into dist/ and the cache in node_modules/.astro (of a copy of the project
// under bench/.work/, so the bench never touches your own dist/ or cache), in every scenario:
// cold, nothing changed, one brief added or edited, one article edited, added or unpublished,
// one author renamed, one Markdown plugin changed. Each rebuild's dist/ is compared with a cold
// build of the same state, and a minimal Astro site is built over the same articles as a
// yardstick. Prints one table. `--help` lists the flags.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_EPOCH, CORPUS_OPTIONS, articleFiles, articleMeta, briefsFile, corpusAuthors, corpusFiles, writeFiles } from './generate-corpus.ts';
import { pageCounts, runMeasured, type Measured } from './measure.ts';
import { copyProject, editFile } from './project-copy.ts';
import { formatReport, SCENARIOS, type BenchResult, type ScenarioResult } from './report.ts';
import { deployDiff, diffTrees, hashTree, sameTree, treeSize } from './tree-hash.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = path.join(projectDir, 'node_modules/astro/bin/astro.mjs');

const HELP = `npm run bench [-- flags]

Builds a generated newsroom with \`npm run build\` (into dist/, cache in node_modules/.astro, in a
copy of the project under bench/.work/n<articles>/) in each scenario, checks every rebuild against a
cold build of the same state, and prints wall time, peak memory, pages rendered and reused, files
and bytes written, and the minimal-Astro baseline of the same run. Each measured build starts
after \`sync\`, so the bench's own earlier writes are not written back on its time.

  --articles N          articles in the corpus (default 1000)
  --briefs-days N       days of briefs (default 30)
  --briefs-per-day N    briefs a day (default 120)
  --image-ratio R       share of articles with a lead image, 0..1 (default 0.05)
  --seed N              corpus seed (default 1)
  --scenarios a,b,…     which scenarios, starting with cold (default: all):
                        ${SCENARIOS.map((s) => s.id).join(', ')}
  --verify each|final|none
                        compare each rebuild with a cold build of the same state (each, default),
                        only the last one (final), or none
  --no-baseline         skip the minimal Astro site
  --json FILE           write the results there (default bench/.work/n<articles>/bench.json)
  --help                this text`;

const { values: flags } = parseArgs({
  options: {
    ...CORPUS_OPTIONS,
    verify: { type: 'string', default: 'each' },
    scenarios: { type: 'string', default: SCENARIOS.map((s) => s.id).join(',') },
    'no-baseline': { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const articles = wholeNumber('articles');
const briefDays = wholeNumber('briefs-days');
const briefsPerDay = wholeNumber('briefs-per-day');
const imageRatio = Number(flags['image-ratio']);
const seed = wholeNumber('seed');
const verify = flags.verify;
if (!['each', 'final', 'none'].includes(verify)) fail(`--verify must be each, final or none, found "${verify}"`);
const chosen = flags.scenarios.split(',');
const unknown = chosen.filter((id) => !SCENARIOS.some((s) => s.id === id));
if (unknown.length || chosen[0] !== 'cold') fail(`--scenarios is a list from ${SCENARIOS.map((s) => s.id).join(',')} starting with cold, found "${flags.scenarios}"`);
if (!(imageRatio >= 0 && imageRatio <= 1)) fail(`--image-ratio must be between 0 and 1, found "${flags['image-ratio']}"`);

// Everything lives under the ignored bench/.work/ folder.
const work = path.join(projectDir, `bench/.work/n${articles}`);
const paths = {
  /** The newsroom's project: `npm run build` here, into its dist/, with its node_modules/.astro. */
  site: `${work}/site`,
  /** The same state built cold (no dist/, no cache), to compare with. */
  verify: `${work}/verify`,
  baseOut: `${work}/base-out`,
  baseCache: `${work}/base-cache`,
  logs: `${work}/logs`,
};
const content = `${paths.site}/content`;

function wholeNumber(name: keyof typeof flags): number {
  const raw = String(flags[name]);
  if (!/^\d+$/.test(raw)) fail(`--${name} must be a whole number, found "${raw}"`);
  return Number(raw);
}

function fail(message: string): never {
  console.error(`[bench] ${message}`);
  process.exit(2);
}

function log(message: string) {
  console.log(`[bench] ${message}`);
}

/** The environment of a build: ours without NEWSROOM_* (the copy's defaults apply), at the bench's clock. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEWSROOM_')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', SOURCE_DATE_EPOCH: String(BENCH_EPOCH) };
}

/**
 * Writes out what the bench's own steps left in the page cache (the verification's cold build,
 * the baseline: 0.5–1 GB at 10,000 articles) before a measured build, so the kernel does not
 * write it back during the build and bill it to that build. The build's own writes are not touched.
 */
function settleDisk(): void {
  if (process.platform !== 'win32') execFileSync('sync');
}

/** `npm run build` in the project at `root`, as a deploy runs it. */
async function npmRunBuild(root: string, logName: string): Promise<Measured> {
  // The npm that runs this bench (npm sets npm_execpath), else the one on the PATH.
  const npm = process.env['npm_execpath'];
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  settleDisk();
  const result = await runMeasured(command, args, { cwd: root, env: buildEnv(), logFile: path.join(paths.logs, `${logName}.log`) });
  if (result.code !== 0) fail(`build "${logName}" failed (exit ${result.code}); see ${paths.logs}/${logName}.log\n${result.output.slice(-3000)}`);
  return result;
}

async function buildBaseline(logName: string): Promise<Measured> {
  settleDisk();
  const result = await runMeasured(process.execPath, [astroBin, 'build', '--root', 'scripts/bench/baseline'], {
    cwd: projectDir,
    env: { ...buildEnv(), BENCH_CONTENT: content, BENCH_OUT_DIR: paths.baseOut, BENCH_CACHE_DIR: paths.baseCache },
    logFile: path.join(paths.logs, `${logName}.log`),
  });
  if (result.code !== 0) fail(`baseline build "${logName}" failed (exit ${result.code}); see ${paths.logs}/${logName}.log\n${result.output.slice(-3000)}`);
  return result;
}

/** The cold build of the site's current state, in the verify copy: same content, same code, no dist/, no cache. */
async function coldBuildOfThisState(id: string): Promise<Map<string, string>> {
  log(`  verifying ${id}: cold build of the same state…`);
  await rm(path.join(paths.verify, 'content'), { recursive: true, force: true });
  await cp(content, path.join(paths.verify, 'content'), { recursive: true });
  await rm(path.join(paths.verify, 'dist'), { recursive: true, force: true });
  await rm(path.join(paths.verify, 'node_modules/.astro'), { recursive: true, force: true });
  await npmRunBuild(paths.verify, `verify-${id}`);
  return hashTree(path.join(paths.verify, 'dist'));
}

async function pagefindFigures(cold: Measured): Promise<BenchResult['pagefind']> {
  const own = await treeSize(path.join(paths.site, 'dist/pagefind'));
  const line = cold.output.split('\n').find((l) => /^\[pagefind\]/.test(l));
  const match = line?.match(/in (\d+(?:\.\d+)?) s\b/);
  return { ms: match ? Number(match[1]) * 1000 : undefined, bytes: own.bytes, files: own.files, source: 'site' };
}

/** A brief's text in today's briefs file, edited (the first brief of the day). */
async function editFirstBrief(): Promise<void> {
  const today = briefsFile(0, { seed, perDay: briefsPerDay, articles });
  await editFile(paths.site, `content/${today.path}`, /\n {2}text: "/, '\n  text: "Corrected: ');
}

async function main() {
  const astroVersion = (JSON.parse(readFileSync(path.join(projectDir, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  await rm(work, { recursive: true, force: true });
  await mkdir(paths.logs, { recursive: true });
  log(`copying the project to ${path.relative(projectDir, paths.site)} and ${path.relative(projectDir, paths.verify)}…`);
  await copyProject(paths.site);
  await copyProject(paths.verify);

  log(`generating ${articles} articles and ${briefDays} days of briefs in ${path.relative(projectDir, content)}…`);
  const files = corpusFiles({ articles, briefDays, briefsPerDay, imageRatio, seed });
  await writeFiles(content, files);
  const authors = corpusAuthors(articles);
  // Among the newest stories, which no brief links to (briefs link to older ones): unpublishing it breaks no link.
  const unpublished = articleMeta(Math.min(50, articles - 1), seed);

  const site: ScenarioResult[] = [];
  const baseline: ScenarioResult[] = [];
  const runBaseline = !flags['no-baseline'];
  let coldHashes: Map<string, string> | undefined;
  let pagefind: BenchResult['pagefind'];

  /** How many times "one article edited" has run: each run is a new revision of the same story. */
  let revisions = 0;
  /** Each scenario's change to the newsroom; `code` changes apply to both copies of the project. */
  const changes: Record<string, { apply: () => Promise<void>; code?: boolean }> = {
    cold: { apply: async () => {} },
    warm: { apply: async () => {} },
    'edit-article': { apply: () => writeFiles(content, articleFiles(Math.floor(articles / 3), { seed, imageRatio, authors, edit: ++revisions })) },
    'add-brief': { apply: () => writeFiles(content, [briefsFile(0, { seed, perDay: briefsPerDay, articles, extra: 1 })]) },
    'edit-brief': { apply: editFirstBrief },
    'add-article': { apply: () => writeFiles(content, articleFiles(articles, { seed, imageRatio, authors, published: BENCH_EPOCH - 300 })) },
    'unpublish-article': { apply: () => editFile(paths.site, `content/${unpublished.dir}/${unpublished.slug}.md`, /\ncategory: /, '\ndraft: true\ncategory: ') },
    'rename-author': { apply: () => editFile(paths.site, `content/authors/${authors[1]}.yaml`, /^name: (.*)$/m, 'name: $1-Bennani') },
    'markdown-plugin': {
      code: true,
      apply: async () => {
        for (const root of [paths.site, paths.verify]) {
          await editFile(root, 'src/markdown/rehype-external-links.ts', "'noopener', 'noreferrer'", "'noopener', 'noreferrer', 'nofollow'");
        }
      },
    },
  };

  const last = chosen.at(-1);
  for (const id of chosen) {
    const { label } = SCENARIOS.find((s) => s.id === id)!;
    const change = changes[id]!;
    await change.apply();
    // The minimal site has none of our code: a code change has no counterpart there.
    if (runBaseline && !change.code) {
      log(`baseline: ${label}…`);
      await rm(paths.baseOut, { recursive: true, force: true });
      const b = await buildBaseline(`baseline-${id}`);
      baseline.push({ id, wallMs: b.wallMs, pages: (await treeSize(paths.baseOut, (f) => f.endsWith('.html'))).files, peakRssBytes: b.peakRssBytes });
    }
    log(`site: ${label}…`);
    const dist = path.join(paths.site, 'dist');
    const before = id === 'cold' ? new Map<string, string>() : await hashTree(dist);
    const m = await npmRunBuild(paths.site, `site-${id}`);
    const after = await hashTree(dist);
    const written = diffTrees(before, after);
    const writtenFiles = [...written.added, ...written.changed];
    let writtenBytes = 0;
    for (const f of writtenFiles) writtenBytes += (await stat(path.join(dist, f))).size;
    const result: ScenarioResult = {
      id,
      wallMs: m.wallMs,
      pages: (await treeSize(dist, (f) => f.endsWith('.html'))).files,
      peakRssBytes: m.peakRssBytes,
      ...pageCounts(m.output),
      writtenFiles: writtenFiles.length,
      writtenBytes,
      deletedFiles: written.removed.length,
    };
    if (id === 'cold') {
      coldHashes = after;
      pagefind = await pagefindFigures(m);
    } else if (verify === 'each' || (verify === 'final' && id === last)) {
      // Nothing changed since the first cold build: that one is the reference.
      const cold = id === 'warm' && coldHashes ? coldHashes : await coldBuildOfThisState(id);
      const diff = deployDiff(cold, after, before);
      if (!sameTree(diff)) {
        const sample = [...diff.changed.map((f) => `changed ${f}`), ...diff.added.map((f) => `added ${f}`), ...diff.removed.map((f) => `missing ${f}`)];
        log(`  ${id}: dist/ differs from a cold build in ${sample.length} files, e.g.\n    ${sample.slice(0, 8).join('\n    ')}`);
      }
      Object.assign(result, { sameAsCold: sameTree(diff), differingFiles: diff.added.length + diff.removed.length + diff.changed.length });
    }
    site.push(result);
    log(`  ${(m.wallMs / 1000).toFixed(1)} s, ${result.rendered} pages rendered, ${result.reused} reused, ${writtenFiles.length} files written, peak ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MB`);
  }

  const result: BenchResult = {
    articles,
    briefs: briefDays * briefsPerDay + (chosen.includes('add-brief') ? 1 : 0),
    briefDays,
    images: files.filter((f) => f.image).length,
    environment: { node: process.versions.node, astro: astroVersion, cpus: os.availableParallelism(), memoryGiB: os.totalmem() / 2 ** 30 },
    site,
    baseline,
    pagefind,
    dist: await treeSize(path.join(paths.site, 'dist')),
  };
  const json = flags.json ?? `${work}/bench.json`;
  await writeFile(path.resolve(json), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${formatReport(result)}\n\nJSON: ${path.relative(process.cwd(), json)}; logs: ${path.relative(process.cwd(), paths.logs)}/`);
  const broken = site.filter((s) => s.sameAsCold === false);
  if (broken.length) fail(`rebuild output differs from a cold build in: ${broken.map((s) => s.id).join(', ')}`);
}

await main();
