import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { newsroomLoader } from './content/loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { AuthorSchema } from './schemas/author.ts';
import { BriefSchema } from './schemas/brief.ts';
import { CategorySchema } from './schemas/category.ts';
import { CommentSchema } from './schemas/comment.ts';
import { FrontPageSchema } from './schemas/front-page.ts';
import { PageSchema } from './schemas/page.ts';

// One loader reads and cross-checks all content; these schemas then give Astro its types
// and resolve image paths (via `image()`) for astro:assets.
export const collections = {
  articles: defineCollection({ loader: newsroomLoader('articles'), schema: ({ image }) => ArticleSchema(image) }),
  authors: defineCollection({ loader: newsroomLoader('authors'), schema: ({ image }) => AuthorSchema(image) }),
  // `order` keeps the categories.yaml order for navigation.
  categories: defineCollection({ loader: newsroomLoader('categories'), schema: CategorySchema.extend({ order: z.number() }) }),
  // `file` is the briefs file a brief came from, for error messages and editors.
  briefs: defineCollection({ loader: newsroomLoader('briefs'), schema: BriefSchema.extend({ file: z.string() }) }),
  // Entry ids are `<article-slug>/<comment id>`; `order` is the position in the file.
  comments: defineCollection({ loader: newsroomLoader('comments'), schema: CommentSchema.extend({ article: z.string(), order: z.number() }) }),
  // At most one entry (`edition`), from content/front-page.yaml; the banner's expiry is stored in UTC.
  frontPage: defineCollection({ loader: newsroomLoader('frontPage'), schema: FrontPageSchema }),
  // Static pages (About, Contact, policies): content/pages/<slug>.md.
  pages: defineCollection({ loader: newsroomLoader('pages'), schema: PageSchema }),
};
