import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { convertPost, noUploads, summaryFrom, type ArticleContext, type Attachment } from '../../../../src/import/wordpress/article.ts';
import { ArticleSchema } from '../../../../src/schemas/article.ts';
import type { WpItem } from '../../../../src/import/wordpress/wxr-model.ts';

const NOW = new Date('2025-01-16T12:00:00Z');
const photo: Attachment = { id: '11', url: 'https://old.example/wp-content/uploads/2024/05/cranes.jpg', alt: '', caption: 'At dawn', title: 'Cranes', credit: 'AFP', link: 'https://old.example/?attachment_id=11', parent: '10' };
const ctx: ArticleContext = {
  siteUrl: 'https://old.example',
  fallbackOffset: () => '+01:00',
  categoryId: (s) => ({ economy: 'economy', morocco: 'morocco' })[s],
  categoryIdByTerm: (t) => (t === '3' ? 'morocco' : undefined),
  authorId: (l) => ({ amina: 'amina', 'j.doe': 'j-doe' })[l],
  attachment: (id) => (id === '11' ? photo : undefined),
  attachmentsOf: (p) => (p === '10' ? [photo] : []),
  findUpload: (url) => (url.endsWith('cranes.jpg') ? '/uploads/2024/05/cranes.jpg' : undefined),
};
const item = (over: Partial<WpItem> = {}): WpItem => ({
  id: '10',
  type: 'post',
  status: 'publish',
  title: 'Port &#8211; record',
  slug: 'port-record',
  link: 'https://old.example/2024/05/03/port-record/',
  guid: 'https://old.example/?p=10',
  creator: 'amina',
  content: 'The terminal handled more containers than ever. Officials said so on Friday. A third sentence.',
  excerpt: '',
  date: '2024-05-03 09:30:00',
  dateGmt: '2024-05-03 08:30:00',
  modified: '2024-05-04 11:05:00',
  modifiedGmt: '2024-05-04 10:05:00',
  parent: '0',
  terms: [
    { domain: 'category', slug: 'economy', name: 'Economy' },
    { domain: 'category', slug: 'morocco', name: 'Morocco' },
    { domain: 'post_tag', slug: 'ports', name: 'ports' },
  ],
  meta: new Map([['_thumbnail_id', ['11']], ['_yoast_wpseo_primary_category', ['3']]]),
  comments: [],
  attachmentUrl: '',
  line: 40,
  ...over,
});
const front = (text: string) => parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]!) as Record<string, unknown>;

describe('convertPost', () => {
  it('writes front matter the article schema accepts, with real offsets, the primary category and the lead image', () => {
    const a = convertPost(item(), 'port-record', ctx, NOW);
    expect(a.file).toBe('articles/2024/05/port-record.md');
    const fm = front(a.text);
    expect(fm).toEqual({
      title: 'Port – record',
      summary: 'The terminal handled more containers than ever. Officials said so on Friday.',
      published: '2024-05-03T09:30:00+01:00',
      updated: '2024-05-04T11:05:00+01:00',
      category: 'morocco',
      authors: ['amina'],
      tags: ['Economy', 'ports'],
      image: { src: './port-record-cranes.jpg', alt: 'Cranes', caption: 'At dawn', credit: 'AFP' },
      aliases: ['/2024/05/03/port-record/', '/?p=10', '/2024/05/port-record/', '/?attachment_id=11'],
    });
    expect(ArticleSchema().safeParse(fm).success).toBe(true);
    expect(a.copies).toEqual([{ name: 'port-record-cranes.jpg', source: '/uploads/2024/05/cranes.jpg' }]);
    expect(a.notes).toEqual(['featured image https://old.example/wp-content/uploads/2024/05/cranes.jpg has no alt text; its title "Cranes" is used: describe the picture instead']);
    expect(a.state).toBe('published');
  });

  it('keeps drafts, pending and private posts as drafts and future ones as scheduled', () => {
    expect(front(convertPost(item({ status: 'draft', dateGmt: '0000-00-00 00:00:00' }), 's', ctx, NOW).text)).toMatchObject({ draft: true, published: '2024-05-03T09:30:00+01:00' });
    expect(convertPost(item({ status: 'pending' }), 's', ctx, NOW).state).toBe('draft');
    expect(convertPost(item({ status: 'private' }), 's', ctx, NOW).notes).toContain('private post imported as a draft');
    const future = convertPost(item({ status: 'future', date: '2030-01-10 09:00:00', dateGmt: '2030-01-10 08:00:00' }), 's', ctx, NOW);
    expect(future.state).toBe('scheduled');
    expect(front(future.text)['draft']).toBeUndefined();
    expect(future.file).toBe('articles/2030/01/s.md');
  });

  it('marks Arabic posts lang: ar, uses the excerpt as summary, and reports a missing upload', () => {
    const a = convertPost(item({ title: 'المغرب يفوز', content: 'فاز المنتخب المغربي بالكأس.', excerpt: '<p>ملخص <b>قصير</b></p>', meta: new Map([['_thumbnail_id', ['99']]]) }), 'almghrb-yfwz', { ...ctx, findUpload: noUploads }, NOW);
    expect(front(a.text)).toMatchObject({ lang: 'ar', summary: 'ملخص قصير' });
    expect(a.notes).toEqual(['featured image 99 is not an attachment in the export; left out']);
  });
});

describe('summaryFrom', () => {
  it('takes one or two sentences, at most about 240 characters', () => {
    expect(summaryFrom('Short one. Second sentence here. Third.')).toBe('Short one. Second sentence here. Third.'.slice(0, 32));
    expect(summaryFrom('A '.repeat(300)).length).toBeLessThanOrEqual(240);
    expect(summaryFrom('هل فاز؟ نعم فاز المنتخب المغربي بالكأس في مباراة نهائية مثيرة أمام جمهور كبير جدا.')).toContain('نعم');
  });
});
