// The bench's results and their printed form: one Markdown table, with every figure also as a
// ratio to the minimal Astro baseline measured in the same run.

/** One build of one scenario. */
export interface ScenarioResult {
  /** One of SCENARIOS' ids. */
  id: string;
  wallMs: number;
  /** HTML files in the output after this build. */
  pages: number;
  peakRssBytes: number;
  /** Pages Astro rendered, and pages it reused from its cache (the site only). */
  rendered?: number | undefined;
  reused?: number | undefined;
  /** Files of dist/ this build created or changed, their bytes, and files it removed (what a deploy uploads or deletes). */
  writtenFiles?: number | undefined;
  writtenBytes?: number | undefined;
  deletedFiles?: number | undefined;
  /** For the site's rebuilds: does the output equal a cold build of the same content? Undefined when not checked. */
  sameAsCold?: boolean | undefined;
  /** When not the same: how many files differ (added + removed + changed). */
  differingFiles?: number | undefined;
}

/** Everything one bench run measured. */
export interface BenchResult {
  articles: number;
  briefs: number;
  briefDays: number;
  images: number;
  environment: { node: string; astro: string; cpus: number; memoryGiB: number };
  site: ScenarioResult[];
  baseline: ScenarioResult[];
  /** Pagefind index of the cold build: from the site's own step, or run by the bench when the site has none. */
  pagefind?: { ms?: number | undefined; bytes: number; files: number; source: 'site' | 'bench' } | undefined;
  dist: { bytes: number; files: number };
}

/** Row labels, in the order the bench runs the scenarios. */
export const SCENARIOS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'cold', label: 'cold build' },
  { id: 'warm', label: 'warm, nothing changed' },
  { id: 'add-brief', label: 'one brief added' },
  { id: 'edit-brief', label: 'one brief edited' },
  { id: 'edit-article', label: 'one article edited' },
  { id: 'add-article', label: 'one new article' },
  { id: 'unpublish-article', label: 'one article unpublished' },
  { id: 'rename-author', label: 'one author renamed' },
  { id: 'markdown-plugin', label: 'a Markdown plugin changed' },
];

const MB = 1024 * 1024;

function fixed(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '–';
}

function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function ratio(ours: number, base: number | undefined): string {
  return base ? fixed(ours / base, 2) : '–';
}

/** The results as a Markdown table plus summary lines, ready to print or paste into a note. */
export function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  lines.push(
    `Bench: ${grouped(r.articles)} articles (${grouped(r.images)} with images), ${grouped(r.briefs)} briefs over ${r.briefDays} days; ` +
      `Node ${r.environment.node}, Astro ${r.environment.astro}, ${r.environment.cpus} CPUs, ${fixed(r.environment.memoryGiB, 0)} GiB`,
    '',
    '| scenario | wall s | × base | % of cold | pages | rendered | reused | files written | MB written | peak MB | × base | output = cold build |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  const cold = r.site.find((s) => s.id === 'cold');
  for (const { id, label } of SCENARIOS) {
    const s = r.site.find((x) => x.id === id);
    if (!s) continue;
    const b = r.baseline.find((x) => x.id === id);
    const count = (n: number | undefined) => (n === undefined ? '–' : grouped(n));
    const same = id === 'cold' ? '(reference)' : s.sameAsCold === undefined ? 'not checked' : s.sameAsCold ? 'yes' : `NO (${s.differingFiles} files differ)`;
    lines.push(
      `| ${label} | ${fixed(s.wallMs / 1000, 1)} | ${ratio(s.wallMs, b?.wallMs)} | ${cold ? `${fixed((100 * s.wallMs) / cold.wallMs, 0)}%` : '–'} | ${grouped(s.pages)} | ${count(s.rendered)} | ${count(s.reused)} | ${count(s.writtenFiles)} | ${s.writtenBytes === undefined ? '–' : fixed(s.writtenBytes / MB, 1)} | ${fixed(s.peakRssBytes / MB, 0)} | ${ratio(s.peakRssBytes, b?.peakRssBytes)} | ${same} |`,
    );
  }
  lines.push('');
  if (r.baseline.length) {
    lines.push(
      `Baseline (minimal Astro, one page per article): ${r.baseline
        .map((b) => `${SCENARIOS.find((s) => s.id === b.id)?.label ?? b.id} ${fixed(b.wallMs / 1000, 1)} s / ${fixed(b.peakRssBytes / MB, 0)} MB`)
        .join('; ')}; ${grouped(r.baseline[0]!.pages)} pages.`,
    );
  }
  if (r.pagefind) {
    const how = r.pagefind.source === 'site' ? "the site's own Pagefind step, cold build" : 'run by the bench on the cold output; the site has no Pagefind step';
    lines.push(
      `Pagefind index: ${r.pagefind.ms === undefined ? 'time not reported' : `${fixed(r.pagefind.ms / 1000, 1)} s`}, ${fixed(r.pagefind.bytes / MB, 1)} MB in ${grouped(r.pagefind.files)} files (${how}).`,
    );
  }
  lines.push(`Output (dist/): ${fixed(r.dist.bytes / MB, 1)} MB in ${grouped(r.dist.files)} files.`);
  lines.push('"× base": divided by the minimal Astro site built in the same run for the same change; "files written": created or changed in dist/ (what a deploy uploads).');
  return lines.join('\n');
}
