import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/site.ts';

const dir = inject('demoDir');

describe('the CMS in the build output', () => {
  const page = readPage(dir, '/admin/');

  it('boots from our own copy of Sveltia CMS, nothing from another host', () => {
    const scripts = [...page.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual([expect.stringMatching(/^\/admin\/sveltia-cms\.js\?v=\d+\.\d+\.\d+$/)]);
    expect(existsSync(path.join(dir, 'admin/sveltia-cms.js'))).toBe(true);
    const bundle = readFileSync(path.join(dir, 'admin/sveltia-cms.js'), 'utf8');
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    for (const font of bundle.match(/\/admin\/fonts\/[\w-]+\.woff2/g) ?? []) expect(existsSync(path.join(dir, font)), font).toBe(true);
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('carries its own content security policy', () => {
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' blob: data: https://api.github.com;");
  });

  it('has a config.yml generated from the schemas, for the configured backend', () => {
    const config = parse(readFileSync(path.join(dir, 'admin/config.yml'), 'utf8')) as { backend: { name: string }; collections: Array<{ name: string }> };
    expect(config.backend.name).toBe('github');
    expect(config.collections.map((c) => c.name)).toEqual(['articles', 'briefs', 'authors', 'categories', 'front-page', 'pages']);
  });

  it('is not in the sitemap-able pages: no article layout, no site chrome', () => {
    expect(page.querySelector('header.masthead')).toBeNull();
  });
});
