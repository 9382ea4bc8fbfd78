import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { cmsConfig } from '../cms/config.ts';
import { cmsContentSecurityPolicy } from '../cms/csp.ts';
import { localiseFonts } from '../cms/fonts.ts';
import { localiseChecks } from '../cms/offline.ts';
import { contentRoot } from '../content/source.ts';
import { dayKey } from '../i18n/dates.ts';
import { buildTime } from '../publishing/publish.ts';
import { SITE } from '../site.config.ts';

/** A file served under /admin/. */
interface AdminFile {
  /** Path below /admin/, e.g. `config.yml`. */
  name: string;
  type: string;
  body: string | Buffer;
}

/** The folder of an installed package (the CMS and font packages export no file paths of their own). */
function packageDir(projectDir: string, name: string): string {
  const require = createRequire(path.join(projectDir, 'package.json'));
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    // Packages whose `exports` hide package.json: walk up from the main entry.
    let dir = path.dirname(require.resolve(name));
    while (!readdirSync(dir).includes('package.json')) dir = path.dirname(dir);
    return dir;
  }
}

/**
 * The page that boots the CMS: our own copy of the bundle, no script from another host. The CMS
 * reads /admin/config.yml by default (no `rel="cms-config-url"` link: not a valid HTML keyword).
 */
function adminPage(version: string, csp: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>Content manager | ${SITE.name}</title>
  </head>
  <body>
    <script src="/admin/sveltia-cms.js?v=${version}"></script>
  </body>
</html>
`;
}

/** Everything under /admin/: the page, the generated config and the CMS bundle with its chunks. */
export function adminFiles(projectDir: string): AdminFile[] {
  const cmsDir = packageDir(projectDir, '@sveltia/cms');
  const dir = path.join(cmsDir, 'dist');
  const { version } = JSON.parse(readFileSync(path.join(cmsDir, 'package.json'), 'utf8')) as { version: string };
  const fontsLocal = localiseFonts(readFileSync(path.join(dir, 'sveltia-cms.js'), 'utf8'));
  const { bundle, files: checks } = localiseChecks(fontsLocal.bundle, version);
  const { fonts } = fontsLocal;
  const config = cmsConfig({
    root: contentRoot(),
    backend: SITE.cms.backend,
    siteUrl: SITE.url,
    siteName: SITE.name,
    timeZone: SITE.timeZone,
    buildDay: dayKey(buildTime(), SITE.timeZone),
    readSource: (p) => readFileSync(path.join(projectDir, p), 'utf8'),
  });
  const js = 'text/javascript; charset=utf-8';
  const chunks = readdirSync(path.join(dir, 'chunks')).filter((f) => f.endsWith('.js'));
  return [
    { name: 'index.html', type: 'text/html; charset=utf-8', body: adminPage(version, cmsContentSecurityPolicy(SITE.cms.backend)) },
    {
      name: 'config.yml',
      type: 'application/yaml; charset=utf-8',
      // The schema line is the one the CMS looks for (else it suggests one in the console); it names our copy.
      body: `# Generated from src/schemas at build time (src/cms/config.ts); do not edit.\n# yaml-language-server: $schema=/admin/sveltia-cms-package/schema/sveltia-cms.json\n${stringify(config, { lineWidth: 0 })}`,
    },
    { name: 'sveltia-cms-package/schema/sveltia-cms.json', type: 'application/json; charset=utf-8', body: readFileSync(path.join(cmsDir, 'schema/sveltia-cms.json')) },
    { name: 'sveltia-cms.js', type: js, body: bundle },
    ...checks.map((f) => ({ name: f.name, type: 'application/json; charset=utf-8', body: f.body })),
    ...fonts.map((f) => ({ name: f.served, type: 'font/woff2', body: readFileSync(path.join(packageDir(projectDir, f.pkg), f.file)) })),
    // Loaded on demand (custom previews); served here so the CMS never falls back to a CDN.
    ...chunks.map((f) => ({ name: `chunks/${f}`, type: js, body: readFileSync(path.join(dir, 'chunks', f)) })),
  ];
}

/**
 * The git-based CMS at /admin/ (Sveltia CMS, from npm): served by the dev server and written
 * into the build output, with its configuration generated from the content schemas.
 */
export function cms(): AstroIntegration {
  let projectDir = process.cwd();
  return {
    name: 'newsroom:cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectDir = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith('/admin/')) return next();
          const name = url.pathname.slice('/admin/'.length) || 'index.html';
          // Regenerated on every request, so a schema or config change shows on reload.
          const file = adminFiles(projectDir).find((f) => f.name === name);
          if (!file) return next();
          res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), 'admin');
        const files = adminFiles(projectDir);
        for (const f of files) {
          await mkdir(path.dirname(path.join(out, f.name)), { recursive: true });
          await writeFile(path.join(out, f.name), f.body);
        }
        logger.info(`wrote /admin/ (${files.length} files): the CMS with collections generated from src/schemas`);
      },
    },
  };
}
