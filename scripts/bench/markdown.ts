// Times the site's Markdown processor alone: renders every article body of a corpus through
// satteri(markdownOptions), as Astro's content layer does, and prints milliseconds per article.
// Run: node scripts/bench/generate-corpus.ts --articles 1000 --out bench/.work/md-corpus
//      node scripts/bench/markdown.ts --corpus bench/.work/md-corpus [--rounds 5]
import { satteri } from '@astrojs/markdown-satteri';
import matter from 'gray-matter';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownOptions } from '../../src/markdown/pipeline.ts';

const { values: flags } = parseArgs({ options: { corpus: { type: 'string', default: 'bench/.work/md-corpus' }, rounds: { type: 'string', default: '5' } } });
const rounds = Number(flags.rounds);
if (!Number.isInteger(rounds) || rounds < 1) fail(`--rounds must be a whole number from 1, found "${flags.rounds}"`);

const folder = path.resolve(flags.corpus);
const files = (await readdir(folder, { recursive: true }).catch(() => fail(`no corpus at ${folder}; make one with scripts/bench/generate-corpus.ts`)))
  .filter((f) => f.endsWith('.md'))
  .sort();
if (files.length === 0) fail(`no .md files under ${folder}`);
const articles = await Promise.all(
  files.map(async (f) => ({ body: matter(await readFile(path.join(folder, f), 'utf8')).content, fileURL: pathToFileURL(path.join(folder, f)) })),
);

const renderer = await satteri(markdownOptions).createRenderer({ syntaxHighlight: false });
// A first pass warms the JIT and Sätteri's caches; it is not counted.
for (const a of articles) await renderer.render(a.body, { fileURL: a.fileURL });
// Wall time, and CPU time, which a machine shared with other work inflates less.
const wall: number[] = [];
const cpu: number[] = [];
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  for (const a of articles) await renderer.render(a.body, { fileURL: a.fileURL });
  const used = process.cpuUsage(startedCpu);
  wall.push((performance.now() - started) / articles.length);
  cpu.push((used.user + used.system) / 1000 / articles.length);
}
const summary = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  return `best ${sorted[0]!.toFixed(3)} ms, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} ms`;
};
console.log(`[bench:markdown] ${articles.length} articles, ${rounds} rounds, per article: wall ${summary(wall)}; CPU ${summary(cpu)}`);

function fail(message: string): never {
  console.error(`[bench:markdown] ${message}`);
  process.exit(2);
}
