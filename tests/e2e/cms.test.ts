import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/lib/content-validate.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';
import { projectDir } from '../helpers/site.ts';

// The CMS as an editor meets it, in Chromium, on the built demo site. The one change we make is
// the backend: Sveltia's "test-repo" backend keeps the repository in the browser's private file
// system (OPFS), which we fill with the demo content, so no GitHub account is needed and we can
// read back exactly what the CMS writes. Every request to another host is recorded and refused.

/** The demo content as { path: text }, what a clone of the repository holds. */
function demoRepository(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(path.join(projectDir, 'content'), { recursive: true }) as string[]) {
    if (/\.(md|ya?ml)$/.test(f)) files[`content/${f.split(path.sep).join('/')}`] = readFileSync(path.join(projectDir, 'content', f), 'utf8');
  }
  return files;
}

describe('the CMS at /admin/ in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const offsite: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(inject('demoDir'));
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.route(
      (url) => url.origin !== server.origin,
      (route) => {
        offsite.push(route.request().url());
        return route.abort();
      },
    );
    await page.route(
      (url) => url.pathname === '/admin/config.yml',
      async (route) => {
        const response = await route.fetch();
        const config = await response.text();
        expect(config).toMatch(/^backend:\n {2}name: github\n/m);
        await route.fulfill({ response, body: config.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n') });
      },
    );
    // Put the demo repository where the test backend looks for it, then load the CMS for real.
    await page.goto(`${server.origin}/admin/`);
    await page.evaluate(async (files) => {
      const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
      for (const [file, text] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, demoRepository());
    await page.reload();
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the collections with the demo entries', async () => {
    const nav = page.getByRole('navigation').filter({ hasText: 'Collections' }).first();
    await nav.getByText('Sections').waitFor();
    const text = (await nav.innerText()).replace(/\s+/g, ' ');
    const articles = readdirSync(path.join(projectDir, 'content/articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    expect(text).toContain(`Articles ${articles}`);
    expect(text).toContain('Briefs 3');
    expect(text).toContain('Authors 4');
    expect(text).toContain('Sections 1');
  });

  it('saves a brief only in a form the build accepts', async () => {
    await page.getByText('Briefs', { exact: true }).first().click();
    await page.getByRole('button', { name: /New/ }).first().click();
    // Labels wrap names in Unicode isolation marks ("Add ⁨Briefs⁩"), hence the loose match.
    await page.getByRole('button', { name: /^Add\W+Briefs\W*$/ }).first().click();
    await page.getByRole('textbox', { name: 'Text' }).fill('Casablanca port: a <b>record</b> day & more');
    await page.getByRole('combobox', { name: 'Category' }).click();
    // The choices come from content/categories.yaml.
    expect(await page.getByRole('option').allInnerTexts()).toEqual(expect.arrayContaining(['Economy', 'Politics', 'Sports']));
    await page.getByRole('option', { name: 'Economy' }).click();
    // A plain-http link is refused with the schema's own message...
    await page.getByRole('textbox', { name: 'Link' }).fill('http://insecure.example/');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Expected an article slug (e.g. port-of-tanger-med-record) or an https:// address').waitFor();
    // ...a published article's slug is fine.
    await page.getByRole('textbox', { name: 'Link' }).fill('port-of-tanger-med-record');
    await page.getByRole('button', { name: 'Save' }).click();

    const written = await page.waitForFunction(async () => {
      const root = await navigator.storage.getDirectory();
      const dir = await (await (await root.getDirectoryHandle('sveltia-cms-test')).getDirectoryHandle('content')).getDirectoryHandle('briefs');
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
        const text = await (await handle.getFile()).text();
        if (text.includes('record</b> day')) return { name, text };
      }
      return undefined;
    });
    const file = (await written.jsonValue())!;
    expect(file.name).toMatch(/^\d{4}-\d{2}-\d{2}\.yaml$/);
    expect(file.text).toMatch(/^- time: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\n/);
    expect(file.text).toContain('  category: economy\n  link: port-of-tanger-med-record\n');

    // The build's own checks accept the file the CMS wrote.
    const repo = demoRepository();
    const briefs = Object.entries(repo).filter(([p]) => p.startsWith('content/briefs/')).map(([p, text]) => ({ path: p, text }));
    const { problems } = validateContent(
      {
        root: 'content',
        articles: Object.entries(repo).filter(([p]) => p.endsWith('.md')).map(([p, text]) => ({ path: p, text })),
        briefs: [...briefs, { path: `content/briefs/${file.name}`, text: file.text }],
        authors: Object.entries(repo).filter(([p]) => p.startsWith('content/authors/')).map(([p, text]) => ({ path: p, text })),
        categories: { path: 'content/categories.yaml', text: repo['content/categories.yaml']! },
      },
      { now: new Date(), fileExists: () => true },
    );
    expect(problems.filter((p) => p.file.endsWith(file.name))).toEqual([]);
  });

  it('asked no other host for anything (its update check is refused by the page CSP before it leaves)', () => {
    expect(offsite).toEqual([]);
  });
});
