import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/content/validate/validate.ts';
import { formatProblem } from '../../src/content/validate/problems.ts';
import { servedSite } from '../helpers/served-site.ts';
import { DEMO_EPOCH, projectDir } from '../helpers/site.ts';

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

/** Every file of the repository in the browser's private file system (text, or '' for binaries). */
async function readRepository(page: Page): Promise<Array<{ path: string; text: string }>> {
  return page.evaluate(async () => {
    const files: Array<{ path: string; text: string }> = [];
    type Dir = { entries(): AsyncIterable<[string, { kind: string; getFile(): Promise<File> }]> };
    const walk = async (dir: Dir, prefix: string): Promise<void> => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle as unknown as Dir, `${prefix}${name}/`);
        else files.push({ path: `${prefix}${name}`, text: /\.(md|ya?ml)$/.test(name) ? await (await handle.getFile()).text() : '' });
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk((await root.getDirectoryHandle('sveltia-cms-test')) as unknown as Dir, '');
    return files;
  });
}

/** Waits until the CMS has written a file matching `test`, and returns it. */
async function waitForFile(page: Page, test: (f: { path: string; text: string }) => boolean): Promise<{ path: string; text: string }> {
  for (let i = 0; i < 100; i++) {
    const found = (await readRepository(page)).find(test);
    if (found) return found;
    await page.waitForTimeout(100);
  }
  throw new Error('the CMS wrote no such file');
}

/** The build's own checks over the repository as the CMS left it: every problem, formatted. */
async function problemsInRepository(page: Page): Promise<string[]> {
  const files = await readRepository(page);
  const texts = (dir: string) => files.filter((f) => f.path.startsWith(dir) && /\.(md|ya?ml)$/.test(f.path));
  const { problems } = validateContent(
    {
      root: 'content',
      articles: texts('content/articles/'),
      briefs: texts('content/briefs/'),
      authors: texts('content/authors/'),
      comments: texts('content/comments/'),
      categories: files.find((f) => f.path === 'content/categories.yaml'),
    },
    {
      // The demo's clock, or later: what the CMS dates "now" must count as published.
      now: new Date(Math.max(Date.now(), DEMO_EPOCH * 1000)),
      // Images the CMS wrote are in the browser; the demo's own images are in the project.
      fileExists: (p) => files.some((f) => f.path === p) || existsSync(path.join(projectDir, p)),
    },
  );
  return problems.map(formatProblem);
}

describe('the CMS at /admin/ in Chromium', () => {
  const site = servedSite(inject('demoDir'));
  let page: Page;
  const offsite: string[] = [];
  // What an editor opening the browser console would see: errors and warnings (CSP refusals among them).
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    page = await site.browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleProblems.push(`uncaught: ${e.message}`));
    await page.route(
      (url) => url.origin !== site.origin,
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
    await page.goto(`${site.origin}/admin/`);
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

  it('lists the collections with the demo entries', async () => {
    const nav = page.getByRole('navigation').filter({ hasText: 'Collections' }).first();
    await nav.getByText('Sections').waitFor();
    const text = (await nav.innerText()).replace(/\s+/g, ' ');
    const articles = readdirSync(path.join(projectDir, 'content/articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    expect(text).toContain(`Articles ${articles}`);
    // Each entry of the briefs collection is a day's file, and the label says so.
    expect(text).toContain('Days of briefs 3');
    expect(text).toContain('Authors 4');
    expect(text).toContain('Sections 1');
  });

  it('lists articles newest first, each with its date, section and state', async () => {
    await page.getByText('Articles', { exact: true }).first().click();
    const lines = page.locator('[role=row], [role=listitem], [role=gridcell]').filter({ hasText: / · / });
    await lines.first().waitFor();
    const items = [...new Set((await lines.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()))];
    expect(items[0]).toMatch(/^2027-01-10 08:00 · Sports · Marrakech marathon/);
    const dates = items.map((t) => t.slice(0, 16));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items.find((t) => t.includes('housing aid programme'))).toMatch(/^2026-11-22 10:00 · Politics · .* · DRAFT$/);
    expect(items.filter((t) => t.endsWith('· DRAFT'))).toHaveLength(1);
  });

  it('opens a published article, a day of briefs and an author, and saving them untouched changes no byte', async () => {
    const repository = demoRepository();
    for (const [hash, file] of [
      ['#/collections/articles/entries/2026/11/port-of-tanger-med-record', 'content/articles/2026/11/port-of-tanger-med-record.md'],
      ['#/collections/briefs/entries/2026-11-24', 'content/briefs/2026-11-24.yaml'],
      ['#/collections/authors/entries/youssef-amrani', 'content/authors/youssef-amrani.yaml'],
    ] as const) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      const save = page.getByRole('button', { name: 'Save' });
      await save.waitFor();
      await page.waitForTimeout(1000);
      // A briefs file and an author open with nothing to save. (An article's Markdown body is
      // normalised inside the editor, which lights Save up, but writes back the same bytes.)
      if (!file.endsWith('.md')) expect(await save.isDisabled(), `Save is lit on opening ${file}`).toBe(true);
      if (!(await save.isDisabled())) await save.click({ noWaitAfter: true });
      await page.waitForTimeout(1500);
      const now = (await readRepository(page)).find((f) => f.path === file);
      expect(now?.text, file).toBe(repository[file]);
    }
    await page.evaluate(() => {
      location.hash = '#/collections/articles';
    });
  });

  it('saves a brief only in a form the build accepts', async () => {
    await page.getByText('Days of briefs', { exact: true }).first().click();
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

    const file = await waitForFile(page, (f) => f.path.startsWith('content/briefs/') && f.text.includes('record</b> day'));
    expect(file.path).toMatch(/^content\/briefs\/\d{4}-\d{2}-\d{2}\.yaml$/);
    expect(file.text).toMatch(/^- time: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\n/);
    expect(file.text).toContain('  category: economy\n  link: port-of-tanger-med-record\n');
    expect(await problemsInRepository(page)).toEqual([]);
  });

  it('saves a new article ticked as a draft, with its image next to it, in a form the build accepts', async () => {
    await page.getByText('Articles', { exact: true }).first().click();
    await page.getByRole('button', { name: /New/ }).first().click();
    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Culture' }).click();
    await page.getByText(/^Add\W+Image\W*$/).first().click();
    await page.locator('input[type=file]').first().setInputFiles(path.join(projectDir, 'tests/fixtures/site/content/articles/2025/picture.png'));
    await page.getByRole('textbox', { name: 'Alt text' }).fill('A red square');
    // The editor renders fields as they scroll into view; the body is last.
    const body = page.locator('section[data-key-path="body"] [role=textbox]').first();
    for (let i = 0; i < 20 && !(await body.count()); i++) {
      await page.locator('[data-key-path]').last().scrollIntoViewIfNeeded();
      await page.mouse.move(300, 400);
      await page.mouse.wheel(0, 1500);
    }
    await body.click();
    await page.keyboard.type('The story.');
    // A new story is published unless Draft is ticked (the schema's default); this one waits.
    const draft = page.getByRole('switch', { name: 'Draft' });
    await draft.scrollIntoViewIfNeeded();
    await draft.click();
    // Title and summary last: typed just after the editor opened, the first of them was sometimes
    // wiped as the new entry finished setting up, and the save stopped at "This field is required".
    const typed = { Title: "L'été à Rabat: the festival season opens", Summary: 'Concerts every night until September.' };
    for (const [name, text] of Object.entries(typed)) {
      const box = page.getByRole('textbox', { name, exact: true });
      await box.scrollIntoViewIfNeeded();
      await box.fill(text);
    }
    for (const [name, text] of Object.entries(typed)) expect(await page.getByRole('textbox', { name, exact: true }).inputValue(), name).toBe(text);
    await page.getByRole('button', { name: 'Save' }).click();

    const article = await waitForFile(page, (f) => f.path.endsWith('.md') && f.text.includes("L'été à Rabat"));
    expect(article.path).toMatch(/^content\/articles\/\d{4}\/\d{2}\/l-ete-a-rabat-the-festival-season-opens\.md$/);
    expect(article.text).toContain('category: culture\nimage:\n  src: ./picture.png\n  alt: A red square\ndraft: true\n');
    // Empty optional fields (caption, language...) are left out rather than written as "".
    expect(article.text).not.toMatch(/: ''$/m);
    const files = await readRepository(page);
    expect(files.map((f) => f.path)).toContain(`${path.posix.dirname(article.path)}/picture.png`);
    expect(await problemsInRepository(page)).toEqual([]);
  });

  it('asked no other host for anything, and left the console clean', () => {
    expect(offsite).toEqual([]);
    // Its update and status checks ask /admin/ itself (src/cms/offline.ts), so no CSP refusal shows.
    expect(consoleProblems).toEqual([]);
  });
});
