// `npm run bench`: builds the real site over a generated corpus in five scenarios (cold, warm,
// one article edited, one brief added, one new article), checks every rebuild against a cold
// build of the same content, builds a minimal Astro site over the same articles as a yardstick,
// and prints one table. Flags: --articles N, --briefs-days N, --briefs-per-day N,
// --image-ratio R, --verify each|final|none, --scenarios cold,warm,…, --no-baseline, --json FILE.
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_EPOCH, CORPUS_OPTIONS, articleFiles, briefsFile, corpusAuthors, corpusFiles, writeFiles } from './generate-corpus.ts';
import { runMeasured, type Measured } from './measure.ts';
import { formatReport, SCENARIOS, type BenchResult, type ScenarioResult } from './report.ts';
import { diffTrees, hashTree, sameTree, treeSize } from './tree-hash.ts';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = path.join(projectDir, 'node_modules/astro/bin/astro.mjs');
const buildScript = path.join(projectDir, 'scripts/build.mjs');

const { values: flags } = parseArgs({
  options: {
    ...CORPUS_OPTIONS,
    verify: { type: 'string', default: 'each' },
    scenarios: { type: 'string', default: SCENARIOS.map((s) => s.id).join(',') },
    'no-baseline': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const articles = wholeNumber('articles');
const briefDays = wholeNumber('briefs-days');
const briefsPerDay = wholeNumber('briefs-per-day');
const imageRatio = Number(flags['image-ratio']);
const seed = wholeNumber('seed');
const verify = flags.verify;
if (!['each', 'final', 'none'].includes(verify)) fail(`--verify must be each, final or none, found "${verify}"`);
const only = new Set(flags.scenarios.split(','));
const unknown = [...only].filter((id) => !SCENARIOS.some((s) => s.id === id));
if (unknown.length || !only.has('cold')) fail(`--scenarios is a list from ${SCENARIOS.map((s) => s.id).join(',')} starting with cold, found "${flags.scenarios}"`);
if (!(imageRatio >= 0 && imageRatio <= 1)) fail(`--image-ratio must be between 0 and 1, found "${flags['image-ratio']}"`);

// Everything lives under the ignored bench/.work/ folder: NEWSROOM_CONTENT must be inside the project.
const work = `bench/.work/n${articles}`;
const paths = {
  content: `${work}/content`,
  siteOut: `${work}/site-out`,
  siteCache: `${work}/site-cache`,
  verifyOut: `${work}/verify-out`,
  verifyCache: `${work}/verify-cache`,
  baseOut: `${work}/base-out`,
  baseCache: `${work}/base-cache`,
  logs: `${work}/logs`,
};
const abs = (p: string) => path.join(projectDir, p);

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

async function buildSite(out: string, cache: string, logName: string): Promise<Measured> {
  // The site's own build command, into `out` (emptied first, as `npm run build` builds into an empty folder).
  const result = await runMeasured(process.execPath, [buildScript, '--out', out], {
    cwd: projectDir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NEWSROOM_CONTENT: paths.content,
      NEWSROOM_CACHE_DIR: cache,
      SOURCE_DATE_EPOCH: String(BENCH_EPOCH),
    },
    logFile: abs(`${paths.logs}/${logName}.log`),
  });
  if (result.code !== 0) fail(`site build "${logName}" failed (exit ${result.code}); see ${paths.logs}/${logName}.log\n${result.output.slice(-3000)}`);
  return result;
}

async function buildBaseline(logName: string): Promise<Measured> {
  const result = await runMeasured(process.execPath, [astroBin, 'build', '--root', 'scripts/bench/baseline'], {
    cwd: projectDir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      BENCH_CONTENT: abs(paths.content),
      BENCH_OUT_DIR: abs(paths.baseOut),
      BENCH_CACHE_DIR: abs(paths.baseCache),
    },
    logFile: abs(`${paths.logs}/${logName}.log`),
  });
  if (result.code !== 0) fail(`baseline build "${logName}" failed (exit ${result.code}); see ${paths.logs}/${logName}.log\n${result.output.slice(-3000)}`);
  return result;
}

async function pageCount(out: string): Promise<number> {
  return (await treeSize(abs(out), (rel) => rel.endsWith('.html'))).files;
}

async function scenario(id: string, m: Measured, out: string): Promise<ScenarioResult> {
  return { id, wallMs: m.wallMs, pages: await pageCount(out), peakRssBytes: m.peakRssBytes };
}

/** Builds the current content cold into a scratch folder and compares the site's output with it. */
async function compareWithCold(id: string, reference?: Map<string, string>): Promise<{ sameAsCold: boolean; differingFiles: number }> {
  let cold = reference;
  if (!cold) {
    await rm(abs(paths.verifyOut), { recursive: true, force: true });
    await rm(abs(paths.verifyCache), { recursive: true, force: true });
    log(`  verifying ${id}: cold build of the same content…`);
    await buildSite(paths.verifyOut, paths.verifyCache, `verify-${id}`);
    cold = await hashTree(abs(paths.verifyOut));
  }
  const diff = diffTrees(cold, await hashTree(abs(paths.siteOut)));
  if (!sameTree(diff)) {
    const sample = [...diff.changed.map((f) => `changed ${f}`), ...diff.added.map((f) => `added ${f}`), ...diff.removed.map((f) => `missing ${f}`)];
    log(`  ${id}: output differs from a cold build in ${sample.length} files, e.g.\n    ${sample.slice(0, 8).join('\n    ')}`);
  }
  return { sameAsCold: sameTree(diff), differingFiles: diff.added.length + diff.removed.length + diff.changed.length };
}

async function pagefindFigures(cold: Measured): Promise<BenchResult['pagefind']> {
  const own = await treeSize(abs(`${paths.siteOut}/pagefind`));
  if (own.files > 0) {
    // The site's own step: take its time from the log when it prints one.
    const line = cold.output.split('\n').find((l) => /pagefind/i.test(l) && /\d\s*m?s\b/.test(l));
    const match = line?.match(/(\d+(?:\.\d+)?)\s*(ms|s)\b/);
    const ms = match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : undefined;
    return { ms, bytes: own.bytes, files: own.files, source: 'site' };
  }
  // No search step on this branch yet: index the cold output with Pagefind's own API, to show its cost.
  const pagefind = await import('pagefind');
  const outputPath = abs(`${work}/pagefind-bench`);
  await rm(outputPath, { recursive: true, force: true });
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    await index.addDirectory({ path: abs(paths.siteOut) });
    await index.writeFiles({ outputPath });
  } finally {
    await pagefind.close();
  }
  const ms = performance.now() - started;
  const size = await treeSize(outputPath);
  return { ms, bytes: size.bytes, files: size.files, source: 'bench' };
}

async function main() {
  const astroVersion = (JSON.parse(readFileSync(path.join(projectDir, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  await rm(abs(work), { recursive: true, force: true });
  await mkdir(abs(paths.logs), { recursive: true });

  log(`generating ${articles} articles and ${briefDays} days of briefs in ${paths.content}…`);
  const files = corpusFiles({ articles, briefDays, briefsPerDay, imageRatio, seed });
  await writeFiles(abs(paths.content), files);
  const authors = corpusAuthors(articles);

  const site: ScenarioResult[] = [];
  const baseline: ScenarioResult[] = [];
  const runBaseline = !flags['no-baseline'];
  let coldHashes: Map<string, string> | undefined;
  let pagefind: BenchResult['pagefind'];

  const changes: Record<string, () => Promise<void>> = {
    cold: async () => {},
    warm: async () => {},
    'edit-article': () => writeFiles(abs(paths.content), articleFiles(Math.floor(articles / 3), { seed, imageRatio, authors, edit: 1 })),
    'add-brief': () => writeFiles(abs(paths.content), [briefsFile(0, { seed, perDay: briefsPerDay, articles, extra: 1 })]),
    'add-article': () => writeFiles(abs(paths.content), articleFiles(articles, { seed, imageRatio, authors, published: BENCH_EPOCH - 300 })),
  };

  for (const { id, label } of SCENARIOS.filter((s) => only.has(s.id))) {
    await changes[id]!();
    if (runBaseline) {
      log(`baseline: ${label}…`);
      await rm(abs(paths.baseOut), { recursive: true, force: true });
      const b = await buildBaseline(`baseline-${id}`);
      baseline.push(await scenario(id, b, paths.baseOut));
    }
    log(`site: ${label}…`);
    // `npm run build` always builds into a new, empty folder and swaps it in (scripts/build.mjs),
    // so each build here starts from an empty output folder too; the cache folder is kept.
    await rm(abs(paths.siteOut), { recursive: true, force: true });
    const m = await buildSite(paths.siteOut, paths.siteCache, `site-${id}`);
    const result = await scenario(id, m, paths.siteOut);
    if (id === 'cold') {
      coldHashes = await hashTree(abs(paths.siteOut));
      pagefind = await pagefindFigures(m);
    } else if (id === 'warm' && verify !== 'none') {
      Object.assign(result, await compareWithCold(id, coldHashes));
    } else if (verify === 'each' || (verify === 'final' && id === 'add-article')) {
      Object.assign(result, await compareWithCold(id));
    }
    site.push(result);
    log(`  ${(m.wallMs / 1000).toFixed(1)} s, ${result.pages} pages, peak ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MB`);
  }

  const dist = await treeSize(abs(paths.siteOut));
  const result: BenchResult = {
    articles,
    briefs: briefDays * briefsPerDay + 1,
    briefDays,
    images: files.filter((f) => f.image).length,
    environment: { node: process.versions.node, astro: astroVersion, cpus: os.availableParallelism(), memoryGiB: os.totalmem() / 2 ** 30 },
    site,
    baseline,
    pagefind,
    dist,
  };
  const json = flags.json ?? `${work}/bench.json`;
  await writeFile(path.resolve(json), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${formatReport(result)}\n\nJSON: ${json}; logs: ${paths.logs}/`);
  const broken = site.filter((s) => s.sameAsCold === false);
  if (broken.length) fail(`rebuild output differs from a cold build in: ${broken.map((s) => s.id).join(', ')}`);
}

await main();
