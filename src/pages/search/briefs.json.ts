import type { APIRoute } from 'astro';
import { briefPermalink } from '../../publishing/briefs.ts';
import { getBriefs, getCategories } from '../../content/collections.ts';
import { briefSearchRecord } from '../../search/search.ts';
import { SITE } from '../../site.config.ts';

// Every live brief as a Pagefind record. The Pagefind integration reads this file at the end
// of the build, indexes it and deletes it (see src/search/pagefind-index.ts).
export const GET: APIRoute = async () => {
  const names = new Map((await getCategories()).map((c) => [c.id, c.name]));
  const records = (await getBriefs()).map((brief) =>
    briefSearchRecord(brief, {
      permalink: briefPermalink(brief, SITE.timeZone),
      lang: SITE.lang,
      categoryName: brief.category ? names.get(brief.category) : undefined,
    }),
  );
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
