import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_EPOCH, projectDir } from '../helpers/site.ts';

// `npm run dev` as a writer uses it: drafts and scheduled articles are previewed with a banner,
// and the CMS is served at /admin/ (its local mode needs the dev server's origin).

/** A port nobody is listening on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the dev server', () => {
  let child: ChildProcess;
  let origin: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectDir,
      env: {
        // Without the variables vitest sets for its own Vite (MODE, BASE_URL, NODE_ENV=test...).
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|TEST)$/.test(k))),
        ASTRO_TELEMETRY_DISABLED: '1',
        NEWSROOM_CONTENT: 'tests/fixtures/site/content',
        NEWSROOM_CACHE_DIR: 'node_modules/.astro-test/dev',
        SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const deadline = Date.now() + 90_000;
    let last: unknown;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
      if (Date.now() > deadline) throw new Error(`astro dev did not answer (last: ${String(last)}):\n${output}`);
      try {
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
        if (response.ok) break;
        last = response.status;
      } catch (error) {
        // Not listening yet, or still optimising dependencies (a request then can hang).
        last = error;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  const page = async (url: string) => {
    const response = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(30_000) });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };

  it('previews a draft with a banner, and counts no comments for it', async () => {
    const { status, text } = await page('/articles/draft-story/');
    expect(status).toBe(200);
    const doc = parseHTML(text).document;
    expect(doc.querySelector('.preview-banner')?.textContent).toMatch(/this article is a draft and will not appear on the published site/);
    expect(doc.querySelector('#comments')).toBeNull();
    expect(text).not.toContain('Comment on a draft');
  });

  it('previews a scheduled article with its own banner', async () => {
    const doc = parseHTML((await page('/articles/scheduled-story/')).text).document;
    expect(doc.querySelector('.preview-banner')?.textContent).toMatch(/is scheduled and will not appear on the published site until its publication time/);
  });

  it('serves the CMS, its generated config and its bundle at /admin/', async () => {
    const admin = await page('/admin/');
    expect(admin.type).toContain('text/html');
    expect(admin.text).toContain('<script src="/admin/sveltia-cms.js?v=');
    const config = await page('/admin/config.yml');
    expect(config.text).toContain('folder: tests/fixtures/site/content/articles');
    const bundle = await page('/admin/sveltia-cms.js?v=1');
    expect(bundle.type).toContain('javascript');
    expect(bundle.text).not.toContain('cdn.jsdelivr.net');
  });
});
