import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { variablesFingerprint } from '../reuse/build-fingerprint.ts';
import { renderHeaders } from '../../cdn/headers.ts';
import { cdnLimitProblems } from '../../cdn/limits.ts';
import { liveArticles, LIVE_PLAN_VARIABLE, type LivePlan } from './live-set.ts';
import { mapLimited } from '../../utils/map-limited.ts';
import { checkPages, formatOutputProblem, readPageFacts, type PageFacts } from '../checks/page-checks.ts';
import { listFiles, parseRedirectLines, readPages, type BuiltPage } from '../checks/output-files.ts';
import { buildTime } from '../../publishing/publish.ts';
import { BRIEFS_SHARD, SEARCH_DIR, SHARDS_MANIFEST, parseShardsManifest } from '../../search/shards.ts';
import { headerRules } from '../../cdn/files.ts';
import { changedInputs, distIdentity, inputsTable, readLiveRecord, saveLiveRecord, type InputsTable } from './live-record.ts';
import { factsFingerprint, loadPageFacts, savePageFacts } from '../checks/page-facts-cache.ts';
import { writeBriefsShard } from '../../search/pagefind-index.ts';

/**
 * The live build: a brief added, edited or removed, the editors' front page or banner changed,
 * or only the clock moving on, published without building the archive again.
 *
 * In: the record of the last full build (src/build/live/live-record.ts) and the project as it is now.
 * When every input but the briefs and content/front-page.yaml is unchanged, the build variables
 * are the same, the clock is inside the window the full build computed (no scheduled story or
 * comment has come due, same year) and dist/ is the output the record was made for, `astro build`
 * runs over the briefs and only the stories the live pages show (src/build/live/live-set.ts), into a
 * folder and a cache of its own. The live outputs (front page, briefs pages, column, banner,
 * feeds, sitemaps, CMS) that differ from the live site's, the briefs' search shard and `_headers`
 * are checked, then moved into dist/.
 *
 * Out: `{ published }` with a summary, or `{ declined }` with the reason (and the inputs table the
 * full build records). Called by scripts/build.mjs, which runs the full build when declined.
 */
export async function liveBuild(opts: {
  projectDir: string;
  contentRoot: string;
  /** The live folder (dist/). */
  dist: string;
  /** Astro's cache folder of the full build. */
  cacheDir: string;
  siteUrl: string;
  log: (line: string) => void;
  /** Runs `astro build` with these variables added to the environment; resolves with its exit code. */
  astroBuild: (env: Record<string, string>) => Promise<number>;
}): Promise<{ published: string } | { declined: string; inputs?: InputsTable }> {
  const started = performance.now();
  const { projectDir, dist, cacheDir } = opts;
  const record = await readLiveRecord(cacheDir);
  if (!record) return { declined: 'no record of a full build to start from' };
  // The inputs first: a full build records the same table.
  const inputs = await inputsTable(projectDir, opts.contentRoot, record.inputs);
  const changed = changedInputs(record.inputs, inputs);
  if (changed.length) return { inputs, declined: `more than the briefs and the front page changed: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''}` };
  if (variablesFingerprint() !== record.variables) return { inputs, declined: 'the build-time variables changed' };
  const now = buildTime().getTime();
  const { index } = record;
  if (now < index.builtAt || now >= index.until) return { inputs, declined: 'the clock has left the window of the last full build (a scheduled story or comment came due, a new year, or an earlier clock)' };
  const live = existsSync(dist) ? await listFiles(dist) : [];
  if (record.dist.path !== dist || (await distIdentity(dist, live)) !== record.dist.identity) return { inputs, declined: `${path.basename(dist)}/ is not the output the last build left` };

  // The plan: the stories the live pages can show (the editors' picks as the front page names
  // them now), their comments, and every other story by slug.
  const shown = liveArticles(index.articles, await editorsPicks(path.join(projectDir, opts.contentRoot, 'front-page.yaml')), now);
  const plan: LivePlan = {
    articles: index.articles.filter((a) => shown.has(a.slug)).map((a) => a.file),
    comments: [...shown].flatMap((slug) => (index.comments[slug] ? [index.comments[slug]] : [])),
    unread: Object.fromEntries(index.articles.filter((a) => !shown.has(a.slug)).map((a) => [a.slug, !a.draft && a.published <= now])),
    sitemapPages: await sitemapAddresses(dist, live, new URL('/latest/', opts.siteUrl).href),
  };
  // The live build's own Astro cache (its content store and pages), inside the full build's.
  const liveCache = path.join(cacheDir, 'newsroom-live');
  const out = path.join(path.dirname(dist), '.dist-live');
  const planFile = path.join(liveCache, 'newsroom-live-plan.json');
  await mkdir(liveCache, { recursive: true });
  await writeFile(planFile, JSON.stringify(plan));
  // Processed images are the full build's: the live pages use only pictures it already made.
  if (!existsSync(path.join(liveCache, 'assets'))) {
    await mkdir(path.join(cacheDir, 'assets'), { recursive: true });
    await symlink('../assets', path.join(liveCache, 'assets'));
  }
  await rm(out, { recursive: true, force: true });
  opts.log(`[live] only the briefs or the front page changed: building the live pages with ${plan.articles.length} of ${index.articles.length} stories`);
  try {
    const planned = performance.now();
    const code = await opts.astroBuild({ NEWSROOM_OUT_DIR: out, NEWSROOM_CACHE_DIR: liveCache, [LIVE_PLAN_VARIABLE]: planFile });
    if (code !== 0) throw new Error(`[live] astro build failed (exit ${code}); ${path.basename(dist)}/ was left untouched`);
    const built = performance.now();
    const result = await publishLive(out, live, { ...opts, started });
    if ('published' in result) {
      const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      result.published += ` (inputs checked and planned ${s(started, planned)} s, astro build ${s(planned, built)} s, finished ${s(built, performance.now())} s)`;
    }
    if ('files' in result) await saveLiveRecord(cacheDir, { ...record, dist: { path: dist, identity: await distIdentity(dist, result.files) } });
    return result;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * The slugs content/front-page.yaml names (lead, then top stories), as far as they can be read:
 * the live build's validation reports anything wrong with the file, naming its line.
 */
async function editorsPicks(file: string): Promise<string[]> {
  try {
    const data = parseYaml(await readFile(file, 'utf8')) as { lead?: unknown; top?: unknown } | null;
    return [data?.lead, ...(Array.isArray(data?.top) ? data.top : [])].filter((slug): slug is string => typeof slug === 'string');
  } catch {
    return [];
  }
}

/** The live outputs: what briefs, the editors' front page and banner, and the clock change (see liveBuild). */
const LIVE_OUTPUT = /^(index\.html|atom\.xml|sitemap-news\.xml|sitemap-index\.xml|sitemap-\d+\.xml|banner\/.*|latest\/.*|admin\/.*)$/;

/** The addresses the live site's pages sitemaps (`sitemap-<n>.xml`) list, but those under `skip` (the briefs' pages, which the live build renders). */
async function sitemapAddresses(dist: string, files: readonly string[], skip: string): Promise<string[]> {
  const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
  const addresses: string[] = [];
  for (const file of files.filter((f) => /^sitemap-\d+\.xml$/.test(f))) {
    for (const [, loc] of (await readFile(path.join(dist, file), 'utf8')).matchAll(/<loc>([^<]*)<\/loc>/g)) {
      const address = unescape(loc!);
      if (!address.startsWith(skip)) addresses.push(address);
    }
  }
  return addresses;
}
/** Outputs the live build renders from the same stories as the full build: they must come out the same, or the live build is wrong. */
const SAME_AS_LIVE = ['rss.xml', 'feed.json', '404.html', 'search/index.html'];
/** Where the page facts of pages the live builds changed are kept, beside the full build's. */
const LIVE_FACTS = 'newsroom-live-facts';

async function publishLive(
  out: string,
  live: readonly string[],
  opts: { dist: string; cacheDir: string; siteUrl: string; started: number },
): Promise<{ published: string; files: string[] } | { declined: string }> {
  const { dist, cacheDir } = opts;
  for (const file of SAME_AS_LIVE) {
    const [a, b] = await Promise.all([readFile(path.join(out, file)).catch(() => undefined), readFile(path.join(dist, file)).catch(() => undefined)]);
    if (!a || !b || !a.equals(b)) return { declined: `the live build's ${file} differs from the live site's` };
  }
  // The briefs' search shard is built in Pagefind's own process while the pages are compared and read.
  const manifest = parseShardsManifest(JSON.parse(await readFile(path.join(dist, SHARDS_MANIFEST), 'utf8')));
  if (manifest.shards[0]?.name !== BRIEFS_SHARD) return { declined: 'the live site has no briefs search shard' };
  const shard = writeBriefsShard(out, cacheDir);
  shard.catch(() => {});
  const built = (await listFiles(out)).filter((f) => !f.startsWith(`${SEARCH_DIR}/`));
  const newLive = built.filter((f) => LIVE_OUTPUT.test(f));
  const oldLive = live.filter((f) => LIVE_OUTPUT.test(f));
  /** The files of `list` that are new or whose bytes differ from the live site's. */
  const differing = async (list: readonly string[]) => {
    const same = await mapLimited(list, 32, async (file) => {
      const [a, b] = await Promise.all([readFile(path.join(out, file)), readFile(path.join(dist, file)).catch(() => undefined)]);
      return b !== undefined && a.equals(b);
    });
    return list.filter((_, i) => !same[i]);
  };
  const changed = await differing(newLive);
  const newLiveSet = new Set(newLive);
  const gone = oldLive.filter((f) => !newLiveSet.has(f));

  // Facts: the full build's, the earlier live builds', then the pages this one changed.
  const fingerprint = await factsFingerprint();
  const [full, earlier] = await Promise.all([loadPageFacts(cacheDir, fingerprint), loadPageFacts(liveFactsDir(cacheDir), fingerprint)]);
  const facts = new Map<string, BuiltPage<PageFacts>>([...full, ...earlier]);
  const fresh = new Map<string, BuiltPage<PageFacts>>(earlier);
  for (const [file, page] of await readPages(out, changed, readPageFacts)) {
    facts.set(file, page);
    fresh.set(file, page);
  }
  // An anchor that went from a changed page may be linked from any page: then every page is checked.
  const lostAnchor = [...fresh.keys()].some((f) => {
    const before = earlier.get(f) ?? full.get(f);
    return before !== undefined && facts.has(f) && [...before.facts.ids].some((id) => !facts.get(f)!.facts.ids.has(id));
  });
  for (const file of gone) {
    facts.delete(file);
    fresh.delete(file);
  }

  // The shard, and the manifest with its new entry.
  manifest.shards[0] = await shard;
  await writeFile(path.join(out, SHARDS_MANIFEST), `${JSON.stringify(manifest)}\n`);
  const briefsDir = `${SEARCH_DIR}/${BRIEFS_SHARD}/`;
  const newShard = (await listFiles(path.join(out, briefsDir))).map((f) => briefsDir + f);
  const newShardSet = new Set(newShard);
  const oldShard = live.filter((f) => f.startsWith(briefsDir));
  const shardGone = oldShard.filter((f) => !newShardSet.has(f));
  gone.push(...shardGone);
  changed.push(...(await differing([...newShard, SHARDS_MANIFEST])));
  const goneSet = new Set(gone);
  const files = [...new Set([...live.filter((f) => !goneSet.has(f)), ...changed])].sort();
  const missing = files.find((f) => f.endsWith('.html') && !facts.has(f));
  if (missing) return { declined: `no facts of the live site's ${missing} are cached` };

  // Checks: the pages this build changed, or every page when a page or an anchor went away.
  const redirects = parseRedirectLines(await readFile(path.join(dist, '_redirects'), 'utf8'));
  const pageFacts = new Map([...facts].map(([file, page]) => [file, page.facts]));
  const anyPageGone = gone.some((f) => !f.startsWith(briefsDir));
  const only = lostAnchor || anyPageGone ? undefined : new Set(changed.filter((f) => f.endsWith('.html')));
  const rules = headerRules(files, facts);
  const problems = [
    // `_redirects` stays as the full build wrote and checked it; `_headers` is new.
    ...cdnLimitProblems(rules, []),
    ...checkPages(pageFacts, { files: new Set(files), redirects, siteUrl: opts.siteUrl }, only).map(formatOutputProblem),
  ];
  if (problems.length) throw new Error(`[output] ${problems.length} problem(s) in the live pages; nothing was published:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const headers = renderHeaders(rules);
  if (headers !== (await readFile(path.join(dist, '_headers'), 'utf8'))) {
    await writeFile(path.join(out, '_headers'), headers);
    changed.push('_headers');
  }

  // Publish: every new file, already written whole in `out`, is renamed over its place; the
  // search manifest last, so it never names a shard file not yet there; then the files that went.
  const ordered = [...changed.filter((f) => f !== SHARDS_MANIFEST), ...(changed.includes(SHARDS_MANIFEST) ? [SHARDS_MANIFEST] : [])];
  for (const file of ordered) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await rename(path.join(out, file), path.join(dist, file));
  }
  for (const file of gone) await rm(path.join(dist, file), { force: true });
  await savePageFacts(liveFactsDir(cacheDir), fingerprint, fresh);
  const seconds = ((performance.now() - opts.started) / 1000).toFixed(1);
  return { files, published: `[live] published ${changed.length} changed and removed ${gone.length} file(s) of ${files.length}, ${only ? only.size : pageFacts.size} page(s) checked, in ${seconds} s` };
}

/** The page-facts folder of the live builds: emptied when a full build is recorded. */
export const liveFactsDir = (cacheDir: string): string => path.join(cacheDir, LIVE_FACTS);
