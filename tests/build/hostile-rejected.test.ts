import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/commands.ts';
import { writeRejectedCorpus, type RejectedVector } from '../helpers/hostile-corpus.ts';
import { buildSite, projectDir, type BuildResult } from '../helpers/site.ts';

// The attack matrix, part 3 (issue 14): attacks the input policy rejects (src/content/validate/input-policy.ts),
// written at test time into one content folder (symbolic links, a pipe, a device file and a
// 50 MB file cannot live in git), then run through `npm run check` and the real build. Each
// must be a `file:line: field: message` problem in both, word for word, in one run, with no
// crash, no half-built site and nothing of a linked file's contents in the output.
const root = 'tests/.output/rejected/content';
let vectors: RejectedVector[];
let check: { code: number; stdout: string; stderr: string };
let build: BuildResult;

beforeAll(async () => {
  vectors = await writeRejectedCorpus(path.join(projectDir, root));
  check = await runScript('check', [], { cwd: projectDir, env: { NEWSROOM_CONTENT: root } });
  build = await buildSite({ content: root, outDir: 'tests/.output/rejected-site' });
}, 300_000);

describe('hostile content the input policy rejects', () => {
  it('fails the check and the build, and publishes nothing', () => {
    expect(check.code).toBe(1);
    expect(build.code).not.toBe(0);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });

  it('reports every vector in the check, at its file, line and field', () => {
    const lines = check.stdout.split('\n');
    const missing = vectors.filter((v) => !lines.some((l) => l.startsWith(`${root}/${v.where}`) && l.includes(v.message)));
    expect(missing.map((v) => `${v.id} ${v.what}: ${v.where} ${v.message}`), check.stdout).toEqual([]);
    // One line per vector: nothing reported twice, nothing unexplained.
    expect(lines.filter(Boolean)).toHaveLength(vectors.length);
  });

  it('makes the build report exactly what the check reports', () => {
    for (const line of check.stdout.split('\n').filter(Boolean)) expect(build.output, line).toContain(line);
  });

  it('never crashes, and never prints a linked file or a giant value', () => {
    for (const output of [check.stdout + check.stderr, build.output]) {
      for (const crash of ['Excessive alias count', 'Maximum call stack', 'ENAMETOOLONG', 'RangeError', 'Invalid string length', 'ReferenceError', 'node_modules/']) {
        expect(output, crash).not.toContain(crash);
      }
      expect(output).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0]);
      expect(output.length).toBeLessThan(100_000);
    }
  });
});
