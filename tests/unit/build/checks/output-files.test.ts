import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestPages, listFiles, parseRedirectLines, readPages } from '../../../../src/build/checks/output-files.ts';

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'output-files-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('listFiles', () => {
  it('lists every file at any depth, relative with /, sorted, and no folders or links', async () => {
    const dir = await site({ 'z.txt': '', 'a/b/c/deep.html': '', 'a/b.css': '', 'a/b/index.html': '', 'a-b/x.js': '', 'A/upper.txt': '' });
    await mkdir(path.join(dir, 'empty/inner'), { recursive: true });
    await symlink(path.join(dir, 'z.txt'), path.join(dir, 'a/link.txt'));
    expect(await listFiles(dir)).toEqual(['A/upper.txt', 'a-b/x.js', 'a/b.css', 'a/b/c/deep.html', 'a/b/index.html', 'z.txt']);
    expect(await listFiles(path.join(dir, 'empty'))).toEqual([]);
  });
});

describe('readPages', () => {
  it('reads every page once, and reuses an earlier read only for a page whose text is unchanged', async () => {
    const dir = await site({ 'a.html': 'one', 'b.html': 'two', 'c.txt': 'not a page' });
    const reads: string[] = [];
    const read = (html: string) => (reads.push(html), html.toUpperCase());
    const first = await readPages(dir, ['a.html', 'b.html', 'c.txt'], read);
    expect(Object.fromEntries([...first].map(([f, p]) => [f, p.facts]))).toEqual({ 'a.html': 'ONE', 'b.html': 'TWO' });

    await writeFile(path.join(dir, 'b.html'), 'changed');
    reads.length = 0;
    const second = await readPages(dir, ['a.html', 'b.html'], read, first);
    expect(reads).toEqual(['changed']);
    expect(second.get('b.html')!.facts).toBe('CHANGED');
    expect(second.get('a.html')!.facts).toBe('ONE');
  });
});

describe('digestPages', () => {
  it("gives every page's SHA-256 and its first data-published time, and skips other files", async () => {
    const article = '<p data-published="2026-11-24T08:30:00.000Z">x</p><p data-published="2020-01-01">y</p>';
    const dir = await site({ 'articles/a/index.html': article, 'index.html': '<p>front</p>', 'x.css': 'p{}' });
    const digests = await digestPages(dir, ['articles/a/index.html', 'index.html', 'x.css']);
    expect([...digests.keys()]).toEqual(['articles/a/index.html', 'index.html']);
    expect(digests.get('articles/a/index.html')).toEqual({ digest: createHash('sha256').update(article).digest('base64'), published: '2026-11-24T08:30:00.000Z' });
    expect(digests.get('index.html')!.published).toBeUndefined();
  });

  it('lets readPages skip opening a page whose digest is the one an earlier read saw', async () => {
    const dir = await site({ 'a.html': 'one', 'b.html': 'two' });
    const read = (html: string) => html.toUpperCase();
    const first = await readPages(dir, ['a.html', 'b.html'], read);
    await writeFile(path.join(dir, 'b.html'), 'changed');
    const digests = await digestPages(dir, ['a.html', 'b.html']);
    // a.html is unchanged: with the digests, it is not opened again (here it is gone by then).
    await rm(path.join(dir, 'a.html'));
    const second = await readPages(dir, ['a.html', 'b.html'], read, first, digests);
    expect(second.get('a.html')).toBe(first.get('a.html'));
    expect(second.get('b.html')).toEqual({ digest: digests.get('b.html')!.digest, facts: 'CHANGED' });
    // The digests are those readPages computes itself, so a later build's known facts match.
    expect(first.get('a.html')!.digest).toBe(createHash('sha256').update('one').digest('base64'));
  });

  it('does not open a page for which the caller already knows the answer', async () => {
    const dir = await site({ 'a.html': 'one', 'b.html': 'two' });
    const known = { digest: 'from the last build', published: '2026-01-01T00:00:00.000Z' };
    // a.html is not there to read: its answer must come from `known`.
    await rm(path.join(dir, 'a.html'));
    const digests = await digestPages(dir, ['a.html', 'b.html'], (file) => (file === 'a.html' ? known : undefined));
    expect(digests.get('a.html')).toEqual(known);
    expect(digests.get('b.html')!.digest).toBe(createHash('sha256').update('two').digest('base64'));
  });
});

describe('parseRedirectLines', () => {
  it('reads path rules and query rules (a query alias reads back as /?p=123)', () => {
    expect(parseRedirectLines('# comment\n/old /articles/a/ 301\n\n/ p=123 /articles/b/ 301!\n')).toEqual([
      { from: '/old', to: '/articles/a/' },
      { from: '/?p=123', to: '/articles/b/' },
    ]);
  });
});
