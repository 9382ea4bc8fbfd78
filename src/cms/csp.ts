import type { CmsBackend } from '../site.config.ts';

/** API and sign-in hosts the CMS talks to for a backend (its `api_root`/`base_url` when set). */
export function backendOrigins(backend: CmsBackend): string[] {
  const defaults = backend.name === 'github' ? ['https://api.github.com'] : ['https://gitlab.com'];
  const extra = ['api_root', 'graphql_api_root', 'base_url'].map((k) => backend.options?.[k]).filter((u): u is string => !!u);
  return [...new Set([...defaults, ...extra].map((u) => new URL(u).origin))];
}

/**
 * The /admin/ page's own Content-Security-Policy (a meta tag, so it holds on any host): our
 * scripts and fonts only, the git host's API, inline styles (Svelte injects its CSS at run time)
 * and blob:/data: URLs for previews of images being uploaded. Nothing else leaves the browser:
 * the CMS's update and status checks are pointed at our own files (offline.ts), and the
 * optional modules it would fetch from a CDN (syntax highlighter, EXIF reader) are refused.
 */
export function cmsContentSecurityPolicy(backend: CmsBackend): string {
  const api = backendOrigins(backend).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `img-src 'self' data: blob: ${api} https://avatars.githubusercontent.com https://secure.gravatar.com`,
    `connect-src 'self' blob: data: ${api}`,
    "media-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
