import type { Element, Root } from 'hast';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/markdown/sanitize.ts';
import { sanitizeSchema } from '../../../src/markdown/sanitize-schema.ts';

// sanitizeHtml on its own (the site's plugins after it are tested in their own files, and the
// whole pipeline in pipeline.test.ts). Expected values follow the allowlist: GitHub's
// (hast-util-sanitize's defaultSchema) unless a test passes the site's schema.
const features = { rawHtml: true };
const render = async (markdown: string, plugins: HastPluginDefinition[]) => (await markdownToHtml(markdown, { features, hastPlugins: plugins })).html.trim();
const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('sanitizeHtml', () => {
  it('defaults to GitHub\'s allowlist: scripts and handlers go, the text stays', async () => {
    expect(await render('<div onclick="x()"><script>alert(1)</script>kept</div>\n', [sanitizeHtml()])).toBe('<div>kept</div>');
  });

  it('uses the schema it is given (the site\'s drops remote images GitHub would keep)', async () => {
    const markdown = '<img src="https://tracker.example/p.gif" alt="P">\n';
    expect(await render(markdown, [sanitizeHtml()])).toBe('<img src="https://tracker.example/p.gif" alt="P">');
    expect(await render(markdown, [sanitizeHtml({ schema: sanitizeSchema })])).toBe('<img alt="P">');
  });

  it('unwraps an element the allowlist does not know, keeping what it held', async () => {
    expect(await render('<p><x-a><b>t</b></x-a></p>\n', [sanitizeHtml()])).toBe('<p><b>t</b></p>');
  });

  it('removes what the site\'s allowlist forbids from every element of the hostile article', async () => {
    const markdown = readFileSync(path.join(import.meta.dirname, '../../fixtures/hostile/content/articles/hostile-body.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const doc = body(await render(markdown, [sanitizeHtml({ schema: sanitizeSchema })]));
    const elements = [...doc.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(0);
    expect(elements.filter((e) => ['script', 'style', 'iframe', 'object', 'svg', 'form'].includes(e.localName)).map((e) => e.localName)).toEqual([]);
    const forbidden = elements.flatMap((e) => [...e.attributes].filter((a) => /^on|^style$/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${e.localName} ${a.name}`));
    expect(forbidden).toEqual([]);
  });

  it('leaves no trace of a removed attribute for the plugins after it (Astro marks images from what it sees)', async () => {
    const seen: Element['properties'][] = [];
    const probe: HastPluginDefinition = { name: 'probe', element: { filter: ['img', 'a'], visit: (node) => void seen.push({ ...node.properties }) } };
    await render('<img src="./p.png" alt="P" onerror="alert(1)" loading="eager" srcset="x 2x"> <a href="javascript:alert(1)" title="t">a</a>\n', [sanitizeHtml({ schema: sanitizeSchema }), probe]);
    expect(seen).toEqual([{ src: './p.png', alt: 'P' }, { title: 't' }]);
  });

  it('runs `after` in order on the clean tree, and keeps the trusted markup they add', async () => {
    const calls: string[] = [];
    // Sees the sanitized tree: the handler is already gone.
    const first = (tree: Root) => {
      const p = tree.children.find((n): n is Element => n.type === 'element')!;
      calls.push(`first ${JSON.stringify(p.properties)}`);
      p.children.push({ type: 'element', tagName: 'iframe', properties: { src: '/embed/1' }, children: [] });
    };
    // Sees what the first one added.
    const second = (tree: Root) => {
      const p = tree.children.find((n): n is Element => n.type === 'element')!;
      calls.push(`second ${p.children.length}`);
    };
    const html = await render('<p onclick="x()">a</p>\n', [sanitizeHtml({ after: [first, second] })]);
    expect(calls).toEqual(['first {}', 'second 2']);
    expect(html).toBe('<p>a<iframe src="/embed/1"></iframe></p>');
  });
});
