import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectDir } from '../../helpers/site.ts';

// The README is a front door to the pages in docs/: a link that leads nowhere (a moved file, a
// renamed heading) is what a reader notices first, so every relative link and #anchor in the
// README and docs/*.md must resolve, and every page in docs/ must be reachable from the README.

/** A link found in a Markdown file: its target as written and the line it is on. */
interface Link {
  target: string;
  line: number;
}

/** The text with fenced code blocks and inline code blanked out (same length, same lines), so examples are not read as links or headings. */
function blankCode(markdown: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, ' ');
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/(`+)[^`]+?\1/g, blank);
}

/** Every inline link and image in the Markdown (`[text](target)`, `![alt](target)`), outside code. */
function linksIn(markdown: string): Link[] {
  const text = blankCode(markdown);
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({
    target: m[1]!,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

/** A heading's anchor as GitHub makes it: the text without markup, lowercased, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  const plain = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return plain.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of every heading in the Markdown, a repeated one numbered as GitHub numbers it (`-1`, `-2`). */
function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  // Headings are read from the original text: blankCode also blanks the code inside a heading.
  const code = blankCode(markdown).split('\n');
  markdown.split('\n').forEach((line, i) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading || !code[i]!.startsWith('#')) return;
    const slug = headingSlug(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}

/** What is wrong with one link of `file` (a path relative to `root`), or undefined when it resolves; addresses with a scheme are not followed. */
function brokenLink(root: string, file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) return undefined;
  const [pathPart = '', anchor] = target.split('#', 2);
  const resolved = pathPart === '' ? path.join(root, file) : path.join(root, pathPart.startsWith('/') ? '' : path.dirname(file), decodeURI(pathPart));
  const shown = path.relative(root, resolved);
  if (shown.startsWith('..')) return `leads outside the repository (${shown})`;
  if (!existsSync(resolved)) return `no file ${shown}`;
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return `an anchor (#${anchor}) into ${shown}, which is not a Markdown page`;
  const anchors = anchorsIn(readFileSync(resolved, 'utf8'));
  return anchors.has(decodeURIComponent(anchor)) ? undefined : `no heading "#${anchor}" in ${shown}; it has: ${[...anchors].map((a) => `#${a}`).join(', ')}`;
}

/** Every problem with the links of the given Markdown files, as `file:line: link "target": what is wrong`. */
function linkProblems(root: string, files: readonly string[]): string[] {
  return files.flatMap((file) =>
    linksIn(readFileSync(path.join(root, file), 'utf8')).flatMap(({ target, line }) => {
      const problem = brokenLink(root, file, target);
      return problem ? [`${file}:${line}: link "${target}": ${problem}`] : [];
    }),
  );
}

const docsPages = readdirSync(path.join(projectDir, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`)
  .sort();

describe('README.md and docs/*.md: links', () => {
  it('reads anchors the way GitHub makes them', () => {
    expect(headingSlug('S3 + CloudFront')).toBe('s3--cloudfront');
    expect(headingSlug('The CMS at `/admin/`')).toBe('the-cms-at-admin');
    expect(headingSlug('Limits (what content may contain)')).toBe('limits-what-content-may-contain');
    expect(headingSlug("Writer's guide")).toBe('writers-guide');
    expect([...anchorsIn('# A\n\n```sh\n# not a heading\n```\n\n## A\n')]).toEqual(['a', 'a-1']);
  });

  it('finds links outside code only, and says where each broken one is', () => {
    const markdown = 'See [a](a.md) and `[b](b.md)`.\n\n```md\n[c](c.md)\n```\n\n![d](d.png#x)\n';
    expect(linksIn(markdown)).toEqual([
      { target: 'a.md', line: 1 },
      { target: 'd.png#x', line: 7 },
    ]);
    expect(brokenLink(projectDir, 'README.md', 'docs/no-such-page.md')).toBe('no file docs/no-such-page.md');
    expect(brokenLink(projectDir, 'README.md', '#no-such-heading')).toMatch(/^no heading "#no-such-heading" in README\.md; it has: #/);
    expect(brokenLink(projectDir, 'docs/setup.md', '../../elsewhere.md')).toBe('leads outside the repository (../elsewhere.md)');
  });

  it('every relative link and #anchor resolves to a file or heading that exists', () => {
    expect(docsPages.length).toBeGreaterThan(0);
    expect(linkProblems(projectDir, ['README.md', ...docsPages])).toEqual([]);
  });

  it('every page in docs/ is linked from the README', () => {
    const linked = new Set(
      linksIn(readFileSync(path.join(projectDir, 'README.md'), 'utf8')).map(({ target }) => path.normalize(target.split('#')[0]!)),
    );
    expect(docsPages.filter((page) => !linked.has(page))).toEqual([]);
  });
});
