// The starting file `npm run new` writes: valid front matter, a draft, and placeholders that
// the content check refuses to publish (see src/content/validate/article-files.ts).

/** Placeholder summary of a new article; an article still carrying it cannot be published. */
export const SUMMARY_PLACEHOLDER = 'TODO: one or two sentences for cards, feeds and search results.';

/** Placeholder body of a new article; an article still carrying it cannot be published. */
export const BODY_PLACEHOLDER = 'TODO: write the story here, then delete the `draft: true` line to publish it.';

/** What a new article needs to know. */
export interface NewArticle {
  title: string;
  category: string;
  /** Author ids; empty for the staff byline. */
  authors: readonly string[];
  /** ISO 8601 with offset, in the site's time zone. */
  published: string;
}

/** The Markdown text of a new draft article. Strings are written as JSON, which YAML reads as-is. */
export function newArticleText(a: NewArticle): string {
  return [
    '---',
    `title: ${JSON.stringify(a.title)}`,
    `summary: ${JSON.stringify(SUMMARY_PLACEHOLDER)}`,
    `published: ${a.published}`,
    `category: ${a.category}`,
    ...(a.authors.length ? [`authors: [${a.authors.join(', ')}]`] : []),
    'tags: []',
    'draft: true',
    '---',
    '',
    BODY_PLACEHOLDER,
    '',
  ].join('\n');
}

/** `articles/2026/11/<slug>.md` under the content folder: the house layout, by month of publication. */
export function newArticlePath(root: string, slug: string, day: string): string {
  const [year, month] = day.split('-') as [string, string];
  return `${root}/articles/${year}/${month}/${slug}.md`;
}
