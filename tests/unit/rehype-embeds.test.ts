import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown.ts';

// One folder per case: input.md through the site's real Markdown pipeline must give output.html.
// UPDATE_FIXTURES=1 rewrites every output.html (then review the diff).
const root = path.join(import.meta.dirname, '../fixtures/markdown');

describe('rehypeEmbeds (through the full pipeline)', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const input = readFileSync(path.join(root, name, 'input.md'), 'utf8');
      const expectedFile = path.join(root, name, 'output.html');
      const actual = `${(await renderMarkdown(input)).trim()}\n`;
      if (process.env['UPDATE_FIXTURES']) writeFileSync(expectedFile, actual);
      expect(existsSync(expectedFile), `${name}/output.html is missing; run with UPDATE_FIXTURES=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
