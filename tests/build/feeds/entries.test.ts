import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseRssFeed } from 'feedsmith';
import matter from 'gray-matter';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { projectDir } from '../../helpers/site.ts';

// src/feeds/entries.ts turns stories and briefs into feed items: a story's lead picture as a
// JPEG a feed reader can show (at most 1200 pixels wide, never enlarged, its byte length
// declared), and a brief with its section's name. Checked against the source files.

/** Every article source under a content folder, by slug. */
function articleSources(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) found.set(entry.name.replace(/\.md$/, ''), path.join(entry.parentPath, entry.name));
  }
  return found;
}

const fileOf = (outDir: string, url: string) => path.join(outDir, decodeURIComponent(new URL(url).pathname));

describe('article feed items', () => {
  const demo = inject('demoDir');
  const sources = articleSources(path.join(projectDir, 'content/articles'));
  const items = parseRssFeed(readFileSync(path.join(demo, 'rss.xml'), 'utf8')).items ?? [];

  it("give each pictured story its own picture as a JPEG at most 1200 pixels wide, never enlarged, with the file's length", async () => {
    let pictured = 0;
    for (const item of items) {
      const slug = new URL(item.link!).pathname.split('/')[2]!;
      const source = sources.get(slug)!;
      expect(source, slug).toBeDefined();
      const image = (matter(readFileSync(source, 'utf8')).data as { image?: { src: string } }).image;
      expect(item.enclosures?.length ?? 0, slug).toBe(image ? 1 : 0);
      if (!image) continue;
      pictured++;
      const original = await sharp(path.join(path.dirname(source), image.src)).metadata();
      const enclosure = item.enclosures![0]!;
      const file = fileOf(demo, enclosure.url!);
      const made = await sharp(file).metadata();
      expect(made.format, slug).toBe('jpeg');
      expect(made.width, slug).toBe(Math.min(1200, original.width!));
      // The whole picture, scaled: the same shape as the original, to the rounding of one pixel.
      expect(Math.abs(made.height! - (original.height! * made.width!) / original.width!), slug).toBeLessThanOrEqual(1);
      expect(enclosure.length, slug).toBe(statSync(file).size);
    }
    expect(pictured).toBeGreaterThan(3);
  });
});

describe('brief feed items', () => {
  const dir = inject('siteDir');
  const content = path.join(projectDir, 'tests/fixtures/site/content');

  it("carry the name of the brief's section, as the sections file spells it, and none for a brief without one", () => {
    const sections = new Map((parseYaml(readFileSync(path.join(content, 'categories.yaml'), 'utf8')) as Array<{ id: string; name: string }>).map((c) => [c.id, c.name]));
    const briefs = readdirSync(path.join(content, 'briefs')).flatMap((f) => parseYaml(readFileSync(path.join(content, 'briefs', f), 'utf8')) as Array<{ text: string; category?: string }>);
    const items = parseRssFeed(readFileSync(path.join(dir, 'latest/rss.xml'), 'utf8')).items ?? [];
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      const brief = briefs.find((b) => b.text === item.title);
      expect(brief, item.title).toBeDefined();
      expect(item.categories?.map((c) => c.name) ?? [], item.title).toEqual(brief!.category ? [sections.get(brief!.category)] : []);
    }
    expect(items.some((i) => i.categories?.length)).toBe(true);
  });
});
