/** A schema.org object, ready for JSON-LD. */
export type JsonLd = Record<string, unknown>;

/** A person or organisation with a page of its own. */
export interface Named {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** The outlet, as schema.org `NewsMediaOrganization`. */
export interface Publisher extends Named {
  logo: { url: string; width: number; height: number };
  /** Profiles elsewhere (the "Follow us" links). */
  sameAs?: readonly string[] | undefined;
}

/** Schema.org `NewsMediaOrganization` for the outlet (publisher of every article). */
export function publisherLd(p: Publisher): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: p.name,
    url: p.url,
    logo: { '@type': 'ImageObject', url: p.logo.url, width: p.logo.width, height: p.logo.height },
    ...(p.sameAs?.length ? { sameAs: [...p.sameAs] } : {}),
  };
}

/** Schema.org `NewsArticle`: what search engines show for a story. Times are ISO 8601 with offset. */
export function newsArticleLd(a: {
  url: string;
  headline: string;
  description: string;
  /** Absolute URLs of the image crops (16:9, 4:3, 1:1); may be empty. */
  images: readonly string[];
  published: string;
  modified?: string | undefined;
  /** Authors; an empty list credits the publisher. */
  authors: readonly Named[];
  publisher: Publisher;
  section: string;
  keywords: readonly string[];
  lang: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline,
    description: a.description,
    ...(a.images.length ? { image: [...a.images] } : {}),
    datePublished: a.published,
    dateModified: a.modified ?? a.published,
    author: a.authors.length
      ? a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url }))
      : [{ '@type': 'Organization', name: a.publisher.name, url: a.publisher.url }],
    publisher: publisherLd(a.publisher),
    articleSection: a.section,
    ...(a.keywords.length ? { keywords: [...a.keywords] } : {}),
    inLanguage: a.lang,
    isAccessibleForFree: true,
  };
}

/** Schema.org `BreadcrumbList` from the home page down to the current page (absolute URLs). */
export function breadcrumbLd(items: readonly Named[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * Schema.org `WebSite` with a `SearchAction`, for the home page. `searchUrl` is the search
 * page's absolute URL; the query goes in its `q` parameter.
 */
export function webSiteLd(site: { name: string; url: string; description: string; lang: string; searchUrl: string; publisher: Publisher }): JsonLd {
  const target = new URL(site.searchUrl);
  target.search = '';
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    publisher: publisherLd(site.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${target.href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON text for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * escaped so that a headline containing `</script>` cannot end the element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
