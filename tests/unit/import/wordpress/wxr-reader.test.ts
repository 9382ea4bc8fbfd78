import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childText, readWxr, type WxrRecord } from '../../../../src/import/wordpress/wxr-reader.ts';

async function records(xml: string, options = {}): Promise<WxrRecord[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wxr-'));
  const file = path.join(dir, 'export.xml');
  await writeFile(file, xml);
  const out: WxrRecord[] = [];
  for await (const r of readWxr(file, options)) out.push(r);
  return out;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\n<title>Old</title><link>https://old.example/</link>\n<wp:base_site_url>https://old.example/</wp:base_site_url>\n';

describe('readWxr', () => {
  it('yields the header records, the site once before the first item, then each item with its line', async () => {
    const list = await records(
      `${HEAD}<wp:author><wp:author_login><![CDATA[amina]]></wp:author_login></wp:author>\n<wp:category><wp:term_id>2</wp:term_id></wp:category>\n<item><title>One &amp; two</title><content:encoded><![CDATA[<p>a]]b</p>]]></content:encoded></item>\n<item><title>Three</title></item>\n</channel></rss>`,
    );
    expect(list.map((r) => r.kind)).toEqual(['author', 'category', 'site', 'item', 'item']);
    expect(list[2]).toMatchObject({ kind: 'site', baseUrl: 'https://old.example', title: 'Old' });
    const item = list[3]!;
    if (item.kind !== 'item') throw new Error('not an item');
    expect(item.line).toBe(7);
    expect(childText(item.node, 'title')).toBe('One & two');
    expect(childText(item.node, 'content:encoded')).toBe('<p>a]]b</p>');
  });

  it('drops the text of skipped elements (a metadata-only pass) but keeps the elements', async () => {
    const [, item] = await records(`${HEAD}<item><title>T</title><content:encoded>big body</content:encoded></item></channel></rss>`, { skipText: new Set(['content:encoded']) });
    if (item?.kind !== 'item') throw new Error('not an item');
    expect(item.node.children.map((c) => [c.name, c.text])).toEqual([['title', 'T'], ['content:encoded', '']]);
  });

  it('streams a file larger than its read buffer, reporting bytes as it goes', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<item><title>Post ${i} ${'x'.repeat(400)}</title></item>\n`).join('');
    const seen: number[] = [];
    const list = await records(`${HEAD}${items}</channel></rss>`, { onBytes: (b: number) => seen.push(b) });
    expect(list.filter((r) => r.kind === 'item')).toHaveLength(3000);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('names the line of malformed XML', async () => {
    await expect(records(`${HEAD}<item><title>x</item>\n</channel></rss>`)).rejects.toThrow(/export\.xml:5: not well-formed XML/);
  });
});
