import type { APIRoute } from 'astro';
import { getPublicArticles } from '../content/collections.ts';
import type { AliasSource } from '../cdn/redirects.ts';

// Every published article's old addresses, for _redirects. The output checks read this file
// at the end of the build and delete it (see src/build/checks/output-checks.ts).
export const GET: APIRoute = async () => {
  const sources: AliasSource[] = (await getPublicArticles())
    .map((a) => ({ slug: a.slug, file: a.entry.filePath ?? a.slug, aliases: a.data.aliases }))
    // File order, as the content folder lists them, so _redirects is the same on every build.
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return new Response(JSON.stringify(sources), { headers: { 'Content-Type': 'application/json' } });
};
