import { describe, expect, it } from 'vitest';
import { astroCspConfig, CSP_DIRECTIVES, cspHash, cspHeaderValue, inlineCodeHashes, parseCsp, siteHeaderPolicy } from '../../../src/cdn/csp.ts';

describe('the site policy', () => {
  const policy = parseCsp(cspHeaderValue());

  it('runs only our own scripts and styles: no inline code, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(cspHeaderValue()).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('blocks plugins, base-tag hijacks and framing by other sites', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('lets frames come only from our own pages (the briefs column) and the embed providers, over https', () => {
    const [own, ...embeds] = policy.get('frame-src')!;
    expect(own).toBe("'self'");
    expect(embeds.length).toBeGreaterThan(0);
    for (const origin of embeds) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  });
});

describe('astroCspConfig', () => {
  it('hands Astro script-src and style-src as resources and the rest as directives, without header-only ones', () => {
    const config = astroCspConfig();
    expect(config.scriptDirective.resources).toEqual(CSP_DIRECTIVES['script-src']);
    expect(config.styleDirective.resources).toEqual(CSP_DIRECTIVES['style-src']);
    const names = (config.directives as string[]).map((d) => d.split(' ')[0]);
    expect(names).toContain('default-src');
    expect(names).not.toContain('frame-ancestors');
    expect(names).not.toContain('script-src');
  });
});

describe('siteHeaderPolicy', () => {
  it('merges the per-page policies and adds frame-ancestors', () => {
    const merged = parseCsp(
      siteHeaderPolicy(["default-src 'self'; script-src 'self' 'sha256-A'", "default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self'"]),
    );
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-A'", "'sha256-B'"]);
    expect(merged.get('style-src')).toEqual(["'self'"]);
    expect(merged.get('frame-ancestors')).toEqual(["'self'"]);
  });
});

describe('cspHash', () => {
  it('matches the hash browsers compute (the empty string is a well-known value)', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('inlineCodeHashes and unused hashes', () => {
  it('hashes inline scripts and styles but not external scripts or data blocks', () => {
    const html = '<script>run()</script><script src="/a.js"></script><script type="application/ld+json">{}</script><style>p{}</style>';
    expect(inlineCodeHashes(html)).toEqual([cspHash('run()'), cspHash('p{}')]);
    expect(inlineCodeHashes('<p>no code</p>')).toEqual([]);
  });

  it('keeps only the hashes of inline code the build contains', () => {
    const merged = parseCsp(siteHeaderPolicy(["script-src 'self' 'sha256-unused' " + cspHash('run()')], undefined, new Set([cspHash('run()')])));
    expect(merged.get('script-src')).toEqual(["'self'", cspHash('run()')]);
  });
});
