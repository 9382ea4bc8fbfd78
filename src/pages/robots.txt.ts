import type { APIRoute } from 'astro';
import { absoluteUrl } from '../publishing/paths.ts';
import { robotsTxt } from '../feeds/sitemaps.ts';

/** robots.txt naming the sitemap index and the Google News sitemap. */
export const GET: APIRoute = () =>
  new Response(robotsTxt([absoluteUrl('/sitemap-index.xml'), absoluteUrl('/sitemap-news.xml')]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
