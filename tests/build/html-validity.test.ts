import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import vnuJar from 'vnu-jar';
import { describe, expect, inject, it } from 'vitest';
import { BUDGET_PAGES, writeReport } from '../helpers/quality.ts';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

// The W3C Nu HTML Checker over every page of the demo site, in one JVM run.
describe('Nu HTML Checker', () => {
  const dir = inject('demoDir');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));

  it('finds no errors on any built page, including every budget page', async () => {
    for (const page of BUDGET_PAGES.filter((p) => p.name !== 'search')) {
      expect(files, `${page.path} is among the checked files`).toContain(path.join(dir, page.path, 'index.html'));
    }
    const { stdout, stderr } = await promisify(execFile)('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr.
    const { messages } = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    writeReport('vnu', { files: files.length, errors: errors.length });
    expect(errors.map((m) => `${path.relative(dir, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  }, 120_000);
});
