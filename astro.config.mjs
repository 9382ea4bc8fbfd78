// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import path from 'node:path';
import { cms } from './src/integrations/cms.ts';
import { previewMode } from './src/integrations/preview-mode.ts';
import { seedCachedPages } from './src/integrations/seed-pages.ts';
import { astroCspConfig } from './src/cdn/csp.ts';
import { inPagesSitemap } from './src/feeds/sitemaps.ts';
import { variablesFingerprint } from './src/build/reuse/build-fingerprint.ts';
import { contentRoot } from './src/content/source.ts';
import { IMAGE_SETTINGS } from './src/build/image-settings.ts';
import { isLiveBuild, liveSitemapPages } from './src/build/live/live-set.ts';
import { countArticles, storageFor } from './src/content/store-layout.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';
import { SITE } from './src/site.config.ts';

// Fix the build's clock once, so every module (loaders, pages, feeds) agrees on what
// "published" means for this build. Set SOURCE_DATE_EPOCH yourself for reproducible builds.
process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));

export default defineConfig({
  site: SITE.url,
  // Where the build writes; scripts/build.mjs points this at a scratch folder and swaps it in.
  outDir: process.env.NEWSROOM_OUT_DIR ?? './dist',
  // Processed images and the content store; kept between builds (see docs/deploy.md).
  cacheDir: process.env.NEWSROOM_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Every stylesheet is a file, so the CSP needs no inline-style hashes or 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The policy in a <meta> on every page (for hosts without headers); _headers sends it too.
  security: { csp: astroCspConfig() },
  // No syntax highlighter: Shiki colours code with style attributes, which the CSP forbids.
  markdown: { processor: satteri(markdownOptions), syntaxHighlight: false },
  // Image sizes and encoder settings (src/build/image-settings.ts; the processed-image cache is keyed on them).
  image: IMAGE_SETTINGS,
  integrations: [
    previewMode(),
    // The pages Astro may reuse, copied in while it syncs content and bundles (scripts/build.mjs).
    seedCachedPages(),
    sitemap({
      // Articles have their own sitemap with lastmod, and Google News its own (src/pages/sitemap-*.xml.ts).
      filter: inPagesSitemap,
      customSitemaps: [`${SITE.url}/sitemap-articles.xml`, `${SITE.url}/sitemap-news.xml`],
      namespaces: { news: false, xhtml: false, image: false, video: false },
      // The live build renders only the live pages; the archive's addresses come from the live site (src/build/live/live-build.ts).
      customPages: liveSitemapPages(),
    }),
    // The CMS at /admin/ (written into the output, not a page: no sitemap entry, no search).
    cms(),
    // The search index, _headers/_redirects and the output checks run after `astro build` has
    // exited (scripts/build.mjs → src/build/finish.ts), so Astro's memory is free for Pagefind's.
  ],
  // Never inline scripts or assets: every script is a same-origin file (no CSP hash needed,
  // cached as immutable), and no asset becomes a data: URL that img-src would have to allow.
  // emptyOutDir: false because scripts/build.mjs hands Astro an output folder that is new and
  // holds only the cached pages it may reuse (src/build/reuse/seed-pages.ts); run `npm run build`.
  // `define` carries a hash of the build-time variables (NEWSROOM_COMMENTS_ENDPOINT, …) that
  // change what pages show: Astro's incremental build keys its whole page cache on the config,
  // `vite.define` included, and a page's code hash does not see a variable's value.
  vite: {
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    // The live build keeps Vite's dependency cache apart: sharing one, each kind of build found
    // the other's config and optimized the dependencies again.
    ...(isLiveBuild() ? { cacheDir: path.join(process.env.NEWSROOM_CACHE_DIR ?? '', 'vite') } : {}),
    define: { 'import.meta.env.NEWSROOM_OUTPUT_VARIABLES': JSON.stringify(variablesFingerprint()) },
  },
  // Lets the Astro VS Code extension check article and author front matter (docs/writers-guide.md: Editors).
  // incrementalBuild: a page whose code and `cacheKey` (src/build/reuse/cache-keys.ts) are unchanged is
  // copied from the previous build's cache instead of rendered again (docs/build-speed.md).
  experimental: {
    contentIntellisense: true,
    incrementalBuild: true,
    // One file for the content store, or chunks for a very large archive (src/content/store-layout.ts).
    collectionStorage: storageFor(countArticles(path.join(contentRoot(), 'articles'))),
  },
  devToolbar: { enabled: false },
});
