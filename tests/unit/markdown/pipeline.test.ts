import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inPageLinkProblems, renderMarkdown, renderMarkdownWithMetadata } from '../../helpers/markdown.ts';

// Renders each fixture folder's input.md through the same processor Astro builds pages with
// (Astro's Sätteri renderer + our plugins) and compares with output.html. To add a case, make
// a folder with input.md and run once with UPDATE_FIXTURES=1, then read the output carefully.
// Each expected output is also checked for what a reader relies on (in-page links land, ids are
// unique), so a fixture cannot enshrine a broken page. This is the one place the fixtures run
// (tests/unit/markdown/rehype-embeds.test.ts tests that plugin alone).
const root = path.join(import.meta.dirname, '../../fixtures/markdown');

describe('markdown pipeline', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const inputFile = path.join(root, name, 'input.md');
      const code = await renderMarkdown(readFileSync(inputFile, 'utf8'), pathToFileURL(inputFile));
      const expectedFile = path.join(root, name, 'output.html');
      if (process.env['UPDATE_FIXTURES']) writeFileSync(expectedFile, `${code.trim()}\n`);
      expect(existsSync(expectedFile), `${name}/output.html is missing; run with UPDATE_FIXTURES=1 and review it`).toBe(true);
      const expected = readFileSync(expectedFile, 'utf8');
      expect(inPageLinkProblems(expected), 'in output.html').toEqual([]);
      expect(code.trim()).toBe(expected.trim());
    });
  }
});

describe('GFM task lists', () => {
  it('show each item as a checkbox a reader can see but not change, ticked only for [x]', async () => {
    const html = await renderMarkdown('- [x] filed the story\n- [ ] checked the quotes\n- [X] upper-case x\n- not a task\n');
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const items = [...document.querySelectorAll('li')].map((li) => {
      const box = li.querySelector('input');
      return [li.textContent!.trim(), box && { type: box.getAttribute('type'), checked: box.hasAttribute('checked'), disabled: box.hasAttribute('disabled') }];
    });
    expect(items).toEqual([
      ['filed the story', { type: 'checkbox', checked: true, disabled: true }],
      ['checked the quotes', { type: 'checkbox', checked: false, disabled: true }],
      ['upper-case x', { type: 'checkbox', checked: true, disabled: true }],
      ['not a task', null],
    ]);
  });

  it('turns a writer\'s raw <input> into the same inert, disabled checkbox, with no handlers', async () => {
    const html = await renderMarkdown('<input type="text" autofocus onfocus="alert(1)" formaction="javascript:alert(2)">\n');
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const inputs = [...document.querySelectorAll('input')];
    expect(inputs.map((i) => [...i.attributes].map((a) => a.name).sort())).toEqual([['disabled', 'type']]);
    expect(inputs[0]!.getAttribute('type')).toBe('checkbox');
  });
});

describe('markdown pipeline metadata', () => {
  it('hands Astro inline and reference-style repository images, and no remote one', async () => {
    const { metadata } = await renderMarkdownWithMetadata('![a](./a.png) ![b][b] ![c][c] ![d]\n\n[b]: ./b%20c.png\n[c]: https://tracker.example/c.png\n[d]: /d.png\n');
    expect(metadata.localImagePaths.sort()).toEqual(['./a.png', './b c.png']);
    expect(metadata.remoteImagePaths).toEqual([]);
  });

  it('lists headings with the ids Astro gives them, after sanitizing', async () => {
    const { metadata } = await renderMarkdownWithMetadata('## First -- "one"\n\n<h2 id="raw">Raw</h2>\n');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'first--one', text: 'First — “one”' },
      { depth: 2, slug: 'user-content-raw', text: 'Raw' },
    ]);
  });
});
