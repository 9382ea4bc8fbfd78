import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/pipeline.ts';

// Renders each fixture folder's input.md through the same processor Astro builds pages with
// (Astro's unified renderer + our plugins) and compares with output.html. To add a case, make
// a folder with input.md and run once with UPDATE_FIXTURES=1, then read the output carefully.
const root = path.join(import.meta.dirname, '../fixtures/markdown');
const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

describe('markdown pipeline', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const input = readFileSync(path.join(root, name, 'input.md'), 'utf8');
      const { code } = await processor.render(input);
      const expectedFile = path.join(root, name, 'output.html');
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expectedFile)) writeFileSync(expectedFile, `${code.trim()}\n`);
      expect(code.trim()).toBe(readFileSync(expectedFile, 'utf8').trim());
    });
  }
});
