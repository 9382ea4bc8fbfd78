import { startPreview } from '../../scripts/cdn-preview.ts';

/**
 * Serves a built site on 127.0.0.1 (random port) the way a CDN would: the same preview as
 * `npm run preview`, honouring the build's `_headers` (CSP, cache) and `_redirects`.
 */
export async function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  return startPreview(dir);
}
