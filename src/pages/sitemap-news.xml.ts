import type { APIRoute } from 'astro';
import { getPublicArticles } from '../content/collections.ts';
import { buildTime } from '../publishing/publish.ts';
import { newsSitemap } from '../feeds/sitemaps.ts';
import { SITE } from '../site.config.ts';

/** The Google News sitemap: articles published in the two days before the build. */
export const GET: APIRoute = async () =>
  new Response(newsSitemap(await getPublicArticles(), { site: SITE.url, timeZone: SITE.timeZone, publication: SITE.name, now: buildTime() }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
