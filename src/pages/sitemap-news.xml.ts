import type { APIRoute } from 'astro';
import { getPublicArticles } from '../lib/collections.ts';
import { buildTime } from '../lib/publish.ts';
import { newsSitemap } from '../lib/sitemaps.ts';
import { SITE } from '../site.config.ts';

/** The Google News sitemap: articles published in the two days before the build. */
export const GET: APIRoute = async () =>
  new Response(newsSitemap(await getPublicArticles(), { site: SITE.url, timeZone: SITE.timeZone, publication: SITE.name, now: buildTime() }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
