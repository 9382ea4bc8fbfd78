// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by package or source file,
// and the heaviest functions, so a build profile can be read without a browser.
// Run: node scripts/bench/profile-summary.ts <file.cpuprofile> [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a script URL: a package name for node_modules, else the project-relative file. */
export function groupOf(url: string): string {
  if (!url) return '(native/idle/gc)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return url;
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

/** Self time (ms) per group and per function, heaviest first. */
export function summarise(profile: Profile): { total: number; groups: Array<[string, number]>; functions: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id)!;
    total += ms;
    const g = groupOf(callFrame.url);
    groups.set(g, (groups.get(g) ?? 0) + ms);
    const f = `${callFrame.functionName || '(anonymous)'} ${g}:${callFrame.lineNumber + 1}`;
    functions.set(f, (functions.get(f) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, groups: sorted(groups), functions: sorted(functions) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const top = Number(values.top);
  for (const file of positionals) {
    const { total, groups, functions } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled\n\nself time by package / file:`);
    for (const [g, ms] of groups.slice(0, top)) console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${g}`);
    console.log('\nheaviest functions (self time):');
    for (const [f, ms] of functions.slice(0, top)) console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${f}`);
    console.log('');
  }
}
