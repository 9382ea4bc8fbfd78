import { describe, expect, it } from 'vitest';
import { backendOrigins, cmsContentSecurityPolicy } from '../../../src/cms/csp.ts';

describe('the /admin/ content security policy', () => {
  it('allows our own scripts and fonts and the git host, nothing else', () => {
    const csp = cmsContentSecurityPolicy({ name: 'github', repo: 'o/r', branch: 'main', options: { base_url: 'https://auth.atlascourier.example/oauth' } });
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['font-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com', 'https://auth.atlascourier.example']);
    expect(backendOrigins({ name: 'gitlab', repo: 'g/p', branch: 'main', options: { api_root: 'https://git.example.org/api/v4' } })).toEqual([
      'https://gitlab.com',
      'https://git.example.org',
    ]);
  });
});
