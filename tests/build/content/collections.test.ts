import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { tagSlug } from '../../../src/publishing/paths.ts';
import { FIXTURE_EPOCH, pageExists, projectDir, readPage, text } from '../../helpers/site.ts';

// src/content/collections.ts is the one place pages read content from: what it hands them (the
// published stories, newest first; tags; neighbours) is what every list on the site shows. The
// expectations here come from the fixture's source files and the publish rule, not from the
// build, and are checked on every tag, author and article page of the fixture site.
const dir = inject('siteDir');
const content = path.join(projectDir, 'tests/fixtures/site/content');

interface Source {
  slug: string;
  title: string;
  published: number;
  tags: string[];
  authors: string[];
  draft: boolean;
}

function sources(folder: string): Source[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(file);
    if (!entry.name.endsWith('.md')) return [];
    const data = matter(readFileSync(file, 'utf8')).data as { title: string; published: Date; tags?: string[]; authors?: string[]; draft?: boolean };
    return [{ slug: entry.name.replace(/\.md$/, ''), title: data.title, published: new Date(data.published).getTime(), tags: data.tags ?? [], authors: data.authors ?? [], draft: data.draft ?? false }];
  });
}

// The publish rule, stated here as docs/writers-guide.md states it: not a draft, and its time has come.
const published = sources(path.join(content, 'articles'))
  .filter((a) => !a.draft && a.published <= FIXTURE_EPOCH * 1000)
  .sort((a, b) => b.published - a.published || a.slug.localeCompare(b.slug));

/** The titles of a list, page after page, following its `rel="next"` links from the first page. */
function listTitles(first: string): string[] {
  const titles: string[] = [];
  for (let url: string | null | undefined = first; url; ) {
    const doc = readPage(dir, url);
    titles.push(...[...doc.querySelectorAll('.list .card__title')].map(text));
    url = doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
  }
  return titles;
}

describe('collections: what the pages are given', () => {
  it('reads the sources it checks against', () => {
    expect(published.length).toBeGreaterThan(15);
    expect(sources(path.join(content, 'articles')).length).toBeGreaterThan(published.length);
  });

  it('lists on each tag page every published story with that tag and no other, newest first', () => {
    const tags = new Set(published.flatMap((a) => a.tags.map(tagSlug)).filter(Boolean));
    expect(tags.size).toBeGreaterThanOrEqual(2);
    for (const tag of tags) {
      const expected = published.filter((a) => a.tags.some((t) => tagSlug(t) === tag)).map((a) => a.title);
      expect(listTitles(`/tag/${tag}/`), tag).toEqual(expected);
    }
  });

  it("lists on each author's page every published story they wrote, newest first, and gives no page to an author with none", () => {
    const authors = readdirSync(path.join(content, 'authors')).map((f) => f.replace(/\.ya?ml$/, ''));
    for (const id of authors) {
      const expected = published.filter((a) => a.authors.includes(id)).map((a) => a.title);
      if (expected.length === 0) expect(pageExists(dir, `/author/${id}/`), id).toBe(false);
      else expect(listTitles(`/author/${id}/`), id).toEqual(expected);
    }
    const names = authors.map((id) => (parseYaml(readFileSync(path.join(content, 'authors', `${id}.yaml`), 'utf8')) as { name: string }).name);
    expect(names.every((n) => n.length > 0)).toBe(true);
  });

  it("links each published story to the next older and next newer published story, skipping unpublished ones", () => {
    published.forEach((story, i) => {
      const doc = readPage(dir, `/articles/${story.slug}/`);
      const older = published[i + 1];
      const newer = published[i - 1];
      expect(doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href') ?? null, story.slug).toBe(older ? `/articles/${older.slug}/` : null);
      expect(doc.querySelector('.pager a[rel="next"]')?.getAttribute('href') ?? null, story.slug).toBe(newer ? `/articles/${newer.slug}/` : null);
    });
  });
});
