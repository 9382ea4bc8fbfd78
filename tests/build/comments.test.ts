import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { COMMENTS_ENDPOINT, pageExists, readPage, text } from '../helpers/site.ts';

const site = inject('siteDir');
const demo = inject('demoDir');

/** The thread as nested [author, replies] pairs, read from the built list. */
function threadShape(list: Element | null): unknown[] {
  return [...(list?.children ?? [])].map((li) => {
    const author = text(li.querySelector(':scope > article .comment__author'));
    const replies = li.querySelector(':scope > ol');
    return replies ? [author, threadShape(replies)] : author;
  });
}

describe('reader comments under an article', () => {
  const doc = readPage(site, '/articles/escaped-title/');
  const section = doc.querySelector('#comments');

  it('says "Comments (N)" in the article header, linking to them, counting only live comments', () => {
    const link = doc.querySelector('.story__header a[href="#comments"]');
    expect(text(link)).toBe('Comments (4)');
    expect(text(section?.querySelector('h2'))).toBe('Comments (4)');
  });

  it('nests replies under the comments they answer, in posting order', () => {
    expect(threadShape(section!.querySelector('.comments__list'))).toEqual([['Reader <b>One</b>', [['Ann Reply', ['Nested']]]], 'Third']);
    // The comment timed after the build waits for a later build.
    expect(text(section)).not.toContain('Early Bird');
  });

  it('prints names and text as plain text, escaped, in paragraphs', () => {
    const first = section!.querySelector('#comment-c1')!;
    expect(text(first.querySelector('.comment__author'))).toBe('Reader <b>One</b>');
    expect(first.querySelector('b, script')).toBeNull();
    expect([...first.querySelectorAll(':scope > article .comment__text')].map(text)).toEqual(["First <script>alert('x')</script> & more", 'Second paragraph.']);
    expect(readFileSync(path.join(site, 'articles/escaped-title/index.html'), 'utf8')).not.toContain("<script>alert('x')");
  });

  it('dates each comment with a machine-readable time in the site zone and a link to it', () => {
    const time = section!.querySelector('#comment-c3 time');
    expect(time?.getAttribute('datetime')).toBe('2025-01-15T09:00:00+01:00');
    expect(text(time)).toBe('15 January 2025, 09:00');
    expect(time?.closest('a')?.getAttribute('href')).toBe('#comment-c3');
  });

  it('keeps comments out of the search index', () => {
    expect(section?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('offers a plain HTML form posting to the configured endpoint, with the article and the comments to reply to', () => {
    const form = section!.querySelector('form');
    expect(form?.getAttribute('action')).toBe(COMMENTS_ENDPOINT);
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.querySelector('input[type=hidden][name=article]')?.getAttribute('value')).toBe('escaped-title');
    expect([...form!.querySelectorAll('[name]')].map((e) => e.getAttribute('name'))).toEqual(['article', 'author', 'text', 'replyTo']);
    expect([...form!.querySelectorAll('select[name=replyTo] option')].map((o) => o.getAttribute('value'))).toEqual(['', 'c1', 'c2', 'c3', 'c4']);
    // No script runs on the page (JSON-LD data blocks are not scripts that run).
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('shows "Comments (0)" and no reply list on an article without comments', () => {
    const other = readPage(site, '/articles/with-image/');
    expect(text(other.querySelector('.story__header a[href="#comments"]'))).toBe('Comments (0)');
    expect(text(other.querySelector('.comments__empty'))).toBe('No comments yet.');
    expect(other.querySelector('form select')).toBeNull();
  });

  it('counts nothing for drafts: no page, and no count anywhere on the site', () => {
    expect(pageExists(site, '/articles/draft-story/')).toBe(false);
    const pages = (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    for (const page of pages) expect(readFileSync(path.join(site, page), 'utf8'), page).not.toContain('Comment on a draft');
  });

  it('shows no form by default, just a note (the demo site keeps the endpoint off)', () => {
    const page = readPage(demo, '/articles/port-of-tanger-med-record/');
    expect(page.querySelector('#comments form')).toBeNull();
    expect(text(page.querySelector('.comments__closed'))).toContain('new comments are not being taken');
    expect(text(page.querySelector('.story__header a[href="#comments"]'))).toBe('Comments (3)');
  });
});

describe('comment errors stop the build', () => {
  const broken = inject('broken');
  it.each([
    ['comments/a-draft.yaml:3: #1.time:', '(no time-zone offset)'],
    ['comments/a-draft.yaml:9: #2.replyTo:', 'no earlier comment has id "c3"'],
    ['comments/a-draft.yaml:14: #4.id:', 'duplicate comment id "c3"'],
    ['comments/a-draft.yaml:20: #5.time:', 'is earlier than the comment it answers ("c3")'],
    ['comments/no-such-story.yaml:', 'no article "no-such-story"'],
  ])('reports %s', (where, message) => {
    const line = broken.output.split('\n').find((l) => l.includes(`tests/fixtures/broken/content/${where}`));
    expect(line, broken.output).toContain(message);
  });
});
