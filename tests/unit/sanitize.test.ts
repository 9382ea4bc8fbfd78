import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { rehypeEmbeds } from '../../src/markdown/rehype-embeds.ts';
import { rehypeExternalLinks } from '../../src/markdown/rehype-external-links.ts';
import { sanitizeHtml } from '../../src/markdown/sanitize.ts';
import { sanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

// sanitizeHtml writes the sanitized tree back as the few edits that differ. These tests hold it
// to the obvious version (replace the whole document with the sanitized tree) on every
// Markdown fixture and the hostile article, and check that what it removed is gone for good.
const fixtures = path.join(import.meta.dirname, '../fixtures');
const inputs: [string, string][] = [
  ...readdirSync(path.join(fixtures, 'markdown')).map((name): [string, string] => [name, readFileSync(path.join(fixtures, 'markdown', name, 'input.md'), 'utf8')]),
  ['hostile-body', readFileSync(path.join(fixtures, 'hostile/content/articles/hostile-body.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')],
  ['attributes lost inside kept elements', '<p id="a" onclick="x()"><a href="https://example.org" style="color:red">a</a> <em class="x">b</em></p>\n'],
  // Same number of children at each level, but a different element: the patch must not keep the wrapper.
  ['an unknown element unwrapped in place', '<p><x-a><b>t</b></x-a></p>\n\n<p><x-a>one</x-a>two</p>\n'],
  ['a disallowed wrapper around links', '<foo-bar><a href="javascript:alert(1)">x</a> <a href="https://example.org">y</a></foo-bar>\n'],
];
const after = () => [rehypeEmbeds(), rehypeExternalLinks({ siteUrl: 'https://atlascourier.example' })];
const features = { rawHtml: true };

/** The reference: sanitize, transform and replace the whole document. */
const replaceAll: HastPluginDefinition = {
  name: 'replace-all',
  before(root, ctx) {
    const clean = sanitize(root, sanitizeSchema) as Root;
    for (const transform of after()) transform(clean);
    ctx.replaceNode(root, clean);
  },
};

describe('sanitizeHtml', () => {
  it.each(inputs)('%s: gives the same HTML as replacing the whole tree', async (_name, markdown) => {
    const patched = (await markdownToHtml(markdown, { features, hastPlugins: [sanitizeHtml({ schema: sanitizeSchema, after: after() })] })).html;
    const replaced = (await markdownToHtml(markdown, { features, hastPlugins: [replaceAll] })).html;
    expect(patched).toBe(replaced);
  });

  it('leaves no trace of a removed attribute for the plugins after it (Astro marks images from what it sees)', async () => {
    const seen: Element['properties'][] = [];
    const probe: HastPluginDefinition = { name: 'probe', element: { filter: ['img', 'a'], visit: (node) => void seen.push({ ...node.properties }) } };
    await markdownToHtml('<img src="./p.png" alt="P" onerror="alert(1)" loading="eager" srcset="x 2x"> <a href="javascript:alert(1)" title="t">a</a>\n', {
      features,
      hastPlugins: [sanitizeHtml({ schema: sanitizeSchema }), probe],
    });
    expect(seen).toEqual([{ src: './p.png', alt: 'P' }, { title: 't' }]);
  });

  it('defaults to GitHub\'s allowlist', async () => {
    const { html } = await markdownToHtml('<div onclick="x()"><script>alert(1)</script>kept</div>\n', { features, hastPlugins: [sanitizeHtml()] });
    expect(html.trim()).toBe('<div>kept</div>');
  });
});
