import { readFile } from 'node:fs/promises';
import { experimental_AstroContainer } from 'astro/container';
import type { ImageMetadata } from 'astro';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { render } from 'astro:content';
import { SITE } from '../site.config.ts';
import { readBody } from '../content/body-cache.ts';
import { briefHref, briefPermalink } from '../publishing/briefs.ts';
import type { Article, Brief, Category } from '../content/collections.ts';
import { articleFeedItem, briefFeedItem, fitFeed, type FeedImage, type FeedItem, type FittedFeed } from './feeds.ts';

/** Width of the JPEG feeds carry as an article's lead image (never wider than the original). */
export const FEED_IMAGE_WIDTH = 1200;

const images = new Map<string, Promise<FeedImage>>();
const bodies = new Map<string, Promise<string>>();
let container: Promise<experimental_AstroContainer> | undefined;
const logger = {
  info: (msg: string) => console.info(`[feeds] ${msg}`),
  warn: (msg: string) => console.warn(`[feeds] ${msg}`),
  error: (msg: string) => console.error(`[feeds] ${msg}`),
};

/**
 * The lead image as a 1200-pixel JPEG made by astro:assets (Astro writes the file at the end
 * of the build). Its byte size is known now because we run the same transform with the same
 * options through the configured image service: sharp output is deterministic, and the feed
 * tests check the size against the file Astro wrote.
 */
export function feedImage(image: NonNullable<Article['data']['image']>): Promise<FeedImage> {
  // The schema's image() field resolves to Astro's image metadata, which also knows the source file.
  const src = image.src as ImageMetadata & { fsPath?: string };
  const fsPath = src.fsPath;
  if (!fsPath) throw new Error(`[feeds] no source file for image ${src.src}: feed images must be files in the repository`);
  const key = `${fsPath}\n${image.alt}\n${image.caption ?? ''}\n${image.credit ?? ''}`;
  let result = images.get(key);
  if (!result) {
    result = (async () => {
      const made = await getImage({ src, width: Math.min(FEED_IMAGE_WIDTH, src.width), format: 'jpeg' });
      const service = await getConfiguredImageService();
      if (!('transform' in service)) throw new Error('[feeds] the configured image service cannot transform images locally');
      const { data } = await service.transform(await readFile(fsPath), { ...made.options, src: src.src }, imageConfig, logger);
      return {
        url: new URL(made.src, `${SITE.url}/`).href,
        type: 'image/jpeg',
        length: data.byteLength,
        width: Number(made.attributes['width'] ?? made.options.width),
        height: Number(made.attributes['height'] ?? made.options.height),
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
      };
    })();
    images.set(key, result);
  }
  return result;
}

/**
 * An article's body HTML exactly as its page shows it: the `Content` of the one Markdown
 * pipeline rendered to a string, so images in the body get their processed URLs too.
 */
export function articleHtml(article: Article): Promise<string> {
  let html = bodies.get(article.slug);
  if (!html) {
    html = (async () => {
      // A body without repository images is stored rendered as it is (src/content/body-cache.ts).
      if (!article.entry.rendered) return readBody(String(article.entry.digest), article.slug);
      container ??= experimental_AstroContainer.create();
      const { Content } = await render(article.entry);
      return (await container).renderToString(Content);
    })();
    bodies.set(article.slug, html);
  }
  return html;
}

/** Feed items for articles (newest first), with full text and lead image. */
export function articleFeedItems(articles: readonly Article[]): Promise<FeedItem[]> {
  return Promise.all(
    articles.map(async (article) =>
      articleFeedItem(article, {
        site: SITE.url,
        html: await articleHtml(article),
        image: article.data.image ? await feedImage(article.data.image) : undefined,
        staffByline: SITE.staffByline,
      }),
    ),
  );
}

/** Feed items for briefs (newest first). */
export function briefFeedItems(briefs: readonly Brief[], categories: readonly Category[]): FeedItem[] {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return briefs.map((brief) =>
    briefFeedItem(brief, {
      site: SITE.url,
      permalink: briefPermalink(brief, SITE.timeZone),
      href: briefHref(brief),
      categoryName: brief.category ? names.get(brief.category) : undefined,
    }),
  );
}

/** Renders a feed under the size limit (see {@link fitFeed}); `name` identifies it in the warning. */
export function fittedFeed(name: string, items: readonly FeedItem[], render: (items: FeedItem[]) => string | Promise<string>): Promise<FittedFeed> {
  return fitFeed(items, render, { name });
}

/** A feed file as a response with its content type. */
export function feedResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
