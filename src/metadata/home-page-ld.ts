import { absoluteUrl, searchPath } from '../publishing/paths.ts';
import { SITE } from '../site.config.ts';
import { webSiteLd, type JsonLd, type Publisher } from './structured-data.ts';

/**
 * The front page's structured data: the site as a schema.org `WebSite` with its search action,
 * published by the outlet. The logo comes in (social-images.ts makes it) so this stays pure.
 */
export function homePageLd(logo: Publisher['logo']): JsonLd[] {
  const home = absoluteUrl('/');
  return [
    webSiteLd({
      name: SITE.name, url: home, description: SITE.tagline, lang: SITE.lang, searchUrl: absoluteUrl(searchPath()),
      publisher: { name: SITE.name, url: home, logo, sameAs: SITE.social.map((s) => s.url) },
    }),
  ];
}
