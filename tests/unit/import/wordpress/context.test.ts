import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleContext, uploadsFinder } from '../../../../src/import/wordpress/context.ts';
import { projectDir } from '../../../helpers/site.ts';

const UPLOADS = path.join(projectDir, 'tests/fixtures/wordpress/uploads');

describe('uploadsFinder', () => {
  const find = uploadsFinder(UPLOADS);
  it('finds the original of a resized copy first, then the file itself', () => {
    expect(find('https://old.example.com/wp-content/uploads/2024/05/cranes-300x169.jpg')).toBe(path.join(UPLOADS, '2024/05/cranes.jpg'));
    expect(find('/wp-content/uploads/2024/06/stadium-b.png')).toBe(path.join(UPLOADS, '2024/06/stadium-b.png'));
  });
  it('finds nothing outside the uploads folder or without one', () => {
    expect(find('https://old.example.com/wp-content/uploads/../../export.xml')).toBeUndefined();
    expect(find('https://old.example.com/wp-content/uploads/2024/05/missing.jpg')).toBeUndefined();
    expect(uploadsFinder(undefined)('https://old.example.com/wp-content/uploads/2024/05/cranes.jpg')).toBeUndefined();
  });
});

describe('articleContext', () => {
  it('looks up categories case-insensitively, attachments by parent, and gives the zone offset for zone-less times', () => {
    const photo = { id: '11', url: 'https://x/wp-content/uploads/a.jpg', alt: 'A', caption: '', title: 'A', credit: '', link: '', parent: '10' };
    const doc = { ...photo, id: '12', url: 'https://x/wp-content/uploads/a.pdf' };
    const ctx = articleContext({ siteUrl: 'https://x', timeZone: 'Africa/Casablanca', uploads: undefined, categoryIds: new Map([['economy', 'economy']]), categoryByTerm: new Map(), authorIds: new Map(), attachments: new Map([['11', photo], ['12', doc]]) });
    expect(ctx.categoryId('Economy')).toBe('economy');
    expect(ctx.attachmentsOf('10')).toEqual([photo]);
    expect(ctx.authorId('Some.Login')).toBe('some-login');
    expect(ctx.fallbackOffset(new Date('2024-07-01T10:00:00Z'))).toBe('+01:00');
  });
});
