import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../src/feeds/feeds.ts';
import { renderRss } from '../../../src/feeds/rss.ts';
import { fitFeed } from '../../../src/feeds/size-limit.ts';
import { expectWellFormed } from '../../helpers/xml.ts';
import { SITE, bare, channel, item, newer, revised } from '../../helpers/feeds.ts';

describe('fitFeed', () => {
  const items = Array.from({ length: 20 }, (_, i) => ({ ...item(), id: `${SITE}/articles/a${i}/`, url: `${SITE}/articles/a${i}/`, title: `Story ${i}` }));

  it('keeps everything when the feed is small enough, without a warning', async () => {
    const warnings: string[] = [];
    const fitted = await fitFeed(items, (kept) => renderRss(channel, kept), { name: '/rss.xml', warn: (m) => warnings.push(m) });
    expect(fitted).toMatchObject({ kept: 20, dropped: 0 });
    expect(warnings).toEqual([]);
  });

  it('drops whole items from the old end to get under the limit, and warns', async () => {
    const full = await renderRss(channel, items);
    const maxBytes = Math.floor(Buffer.byteLength(full) * 0.6);
    const warnings: string[] = [];
    const fitted = await fitFeed(items, (kept) => renderRss(channel, kept), { name: '/rss.xml', maxBytes, warn: (m) => warnings.push(m) });
    expect(fitted.bytes).toBeLessThanOrEqual(maxBytes);
    expect(fitted.bytes).toBe(Buffer.byteLength(fitted.body));
    expectWellFormed(fitted.body, 'rss');
    const parsed = parseRssFeed(fitted.body).items!;
    // The newest items, complete, and one more would not have fitted.
    expect(parsed.map((i) => i.title)).toEqual(items.slice(0, fitted.kept).map((i) => i.title));
    expect(parsed.every((i) => i.content?.encoded === item().contentHtml)).toBe(true);
    expect(Buffer.byteLength(await renderRss(channel, items.slice(0, fitted.kept + 1)))).toBeGreaterThan(maxBytes);
    expect(warnings).toEqual([expect.stringContaining(`/rss.xml: left out the ${fitted.dropped} oldest of 20 items`)]);
  });

  it('fitFeed keeps a feed exactly at the limit, and drops everything when not even one item fits', async () => {
    const render = (kept: FeedItem[]) => renderRss(channel, kept);
    const exact = Buffer.byteLength(await render([bare, newer]));
    const warnings: string[] = [];
    expect(await fitFeed([bare, newer], render, { name: 'x', maxBytes: exact, warn: (m) => warnings.push(m) })).toMatchObject({ kept: 2, dropped: 0, bytes: exact });
    expect(warnings).toEqual([]);
    const empty = Buffer.byteLength(await render([]));
    const none = await fitFeed([bare, newer, revised], render, { name: '/x.xml', maxBytes: empty, warn: (m) => warnings.push(m) });
    expect(none).toMatchObject({ kept: 0, dropped: 3, bytes: empty });
    expect(parseRssFeed(none.body).items ?? []).toEqual([]);
    expect(warnings).toEqual([`[feeds] /x.xml: left out the 3 oldest of 3 items to stay under ${empty} bytes (now ${empty} bytes)`]);
    const one = await fitFeed([bare, newer, revised], render, { name: 'x', maxBytes: Buffer.byteLength(await render([bare])), warn: () => {} });
    expect(one).toMatchObject({ kept: 1, dropped: 2 });
  });
});
