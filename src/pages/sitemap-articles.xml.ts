import type { APIRoute } from 'astro';
import { getPublicArticles } from '../content/collections.ts';
import { articlesSitemap } from '../feeds/sitemaps.ts';
import { SITE } from '../site.config.ts';

/** Every published article with `lastmod` from its update or publication time. */
export const GET: APIRoute = async () =>
  new Response(articlesSitemap(await getPublicArticles(), { site: SITE.url, timeZone: SITE.timeZone }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
