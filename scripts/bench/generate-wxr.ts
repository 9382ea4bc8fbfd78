// A deterministic WordPress export (WXR 1.2) of any size, for measuring the importer at
// archive scale: classic and block posts with shortcodes, embeds, tables, threaded comments,
// drafts and scheduled posts, categories, tags and authors. Streams to disk, so 100,000
// posts (about 2 GB) take no more memory than ten.
// Run: node scripts/bench/generate-wxr.ts --posts 100000 [--post-kb 20] [--seed 1] --out bench/.work/wxr/export.xml
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createRng } from './corpus-rng.ts';

/** Size and seed of a generated export. */
export interface WxrOptions {
  posts: number;
  /** Approximate size of each post's body, in KB. Default 20 (100,000 posts ≈ 2 GB). */
  postKb?: number;
  /** PRNG seed. Default 1. */
  seed?: number;
}

const WORDS = 'port trade minister budget council vote city region market growth water energy train road school hospital court election party season match team coach fans harbour farmers rain drought exports tourism festival museum report survey prices wages bank loan tender contract project'.split(' ');
const CATEGORIES = ['economy', 'politics', 'sport', 'culture', 'world', 'morocco', 'science', 'opinion'];
const AUTHORS = Array.from({ length: 12 }, (_, i) => `writer${i + 1}`);

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** Yields the export in chunks of text, deterministic for given options. */
export function* wxrChunks(options: WxrOptions): Generator<string> {
  const rng = createRng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const sentence = () => {
    const n = 8 + Math.floor(rng() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rng() * 4) }, sentence).join(' ');
  const bodyBytes = (options.postKb ?? 20) * 1024;

  yield `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Generated Courier</title><link>https://bench.example.com</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example.com</wp:base_site_url>
`;
  for (const login of AUTHORS) yield `<wp:author><wp:author_login>${cdata(login)}</wp:author_login><wp:author_display_name>${cdata(`Writer ${login.slice(6)}`)}</wp:author_display_name></wp:author>\n`;
  yield CATEGORIES.map((c, i) => `<wp:category><wp:term_id>${i + 2}</wp:term_id><wp:category_nicename>${c}</wp:category_nicename><wp:cat_name>${cdata(c[0]!.toUpperCase() + c.slice(1))}</wp:cat_name></wp:category>\n`).join('');

  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < options.posts; i++) {
    const id = 1000 + i * 3;
    const t = new Date(start + Math.floor((i / options.posts) * span));
    const local = new Date(t.getTime() + 3_600_000);
    const fmt = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
    const title = `${sentence().slice(0, -1)} ${i}`;
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '')}`;
    const blocks = rng() < 0.5;
    const parts: string[] = [];
    let size = 0;
    let k = 0;
    while (size < bodyBytes) {
      const p = paragraph();
      let html: string;
      if (k === 2 && rng() < 0.3) html = `\nhttps://www.youtube.com/watch?v=${'abcdefghijk'.split('').map(() => pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'])).join('')}\n`;
      else if (k === 4 && rng() < 0.2) html = `<table><tr><th>Year</th><th>Value</th></tr><tr><td>2024</td><td>${Math.floor(rng() * 1000)}</td></tr></table>`;
      else if (k === 5 && rng() < 0.2) html = `[caption id="attachment_${id + 1}" width="300"]<img src="https://bench.example.com/wp-content/uploads/2020/01/photo-${i}.jpg" alt="A photo" /> A caption[/caption]`;
      else html = blocks ? `<p>${p.replace(/ (\w+) /, ' <strong>$1</strong> ')}</p>` : `${p.replace(/ (\w+) /, ' <em>$1</em> ')}`;
      parts.push(blocks && html.startsWith('<p>') ? `<!-- wp:paragraph -->\n${html}\n<!-- /wp:paragraph -->` : html);
      size += html.length + 2;
      k++;
    }
    const status = rng() < 0.02 ? 'draft' : i >= options.posts - 3 ? 'future' : 'publish';
    const cats = [pick(CATEGORIES), ...(rng() < 0.3 ? [pick(CATEGORIES)] : [])];
    const comments: string[] = [];
    const nComments = rng() < 0.3 ? 1 + Math.floor(rng() * 4) : 0;
    for (let c = 0; c < nComments; c++) {
      const cid = id * 10 + c;
      const when = new Date(t.getTime() + (c + 1) * 600_000);
      comments.push(`<wp:comment><wp:comment_id>${cid}</wp:comment_id><wp:comment_author>${cdata(`Reader ${c}`)}</wp:comment_author><wp:comment_date>${fmt(new Date(when.getTime() + 3_600_000))}</wp:comment_date><wp:comment_date_gmt>${fmt(when)}</wp:comment_date_gmt><wp:comment_content>${cdata(sentence())}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${c > 0 && rng() < 0.5 ? cid - 1 : 0}</wp:comment_parent></wp:comment>`);
    }
    const future = status === 'future' ? new Date(Date.UTC(2031, 0, 1 + i % 28)) : undefined;
    yield `<item><title>${cdata(title)}</title><link>https://bench.example.com/${(future ?? t).toISOString().slice(0, 10).replace(/-/g, '/')}/${slug}/</link><dc:creator>${cdata(pick(AUTHORS))}</dc:creator><guid isPermaLink="false">https://bench.example.com/?p=${id}</guid>
<content:encoded>${cdata(parts.join('\n\n'))}</content:encoded><excerpt:encoded>${cdata(rng() < 0.3 ? sentence() : '')}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${fmt(future ? new Date(future.getTime() + 3_600_000) : local)}</wp:post_date><wp:post_date_gmt>${status === 'draft' ? '0000-00-00 00:00:00' : fmt(future ?? t)}</wp:post_date_gmt><wp:post_name>${status === 'draft' ? '' : slug}</wp:post_name><wp:status>${status}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
${cats.map((c) => `<category domain="category" nicename="${c}">${cdata(c)}</category>`).join('')}<category domain="post_tag" nicename="${pick(WORDS)}">${cdata(pick(WORDS))}</category>
${comments.join('\n')}</item>
`;
  }
  yield '</channel>\n</rss>\n';
}

/** Writes the export to `file`, respecting the stream's back-pressure. */
export async function writeWxr(file: string, options: WxrOptions): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let bytes = 0;
  for (const chunk of wxrChunks(options)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000' }, 'post-kb': { type: 'string', default: '20' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'bench/.work/wxr/export.xml' } } });
  const started = performance.now();
  const bytes = await writeWxr(values.out, { posts: Number(values.posts), postKb: Number(values['post-kb']), seed: Number(values.seed) });
  console.error(`generate-wxr: ${values.posts} posts, ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s → ${values.out}`);
}
