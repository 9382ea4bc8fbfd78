import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// BENCH_CONTENT is the generated corpus (an absolute path); only its articles are used.
const base = `${process.env['BENCH_CONTENT'] ?? '../../../content'}/articles`;

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base }) }),
};
