// A local stand-in for a static CDN: serves a built site with sirv, applying its `_headers`
// and `_redirects` (read by Netlify's own parsers) the way Cloudflare Pages and Netlify do.
// Used by `npm run preview` and by every browser test. Nothing is remembered between requests
// (files are looked up and measured per request, the rule files re-read when they change), so a
// rebuild that swaps in a new dist/ under a running preview is served as it now is.
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { constants as zlib, createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, redirectFor, type ParsedHeaderRule, type ParsedRedirect } from '../src/cdn/rules.ts';

/** A running preview: its origin and a way to stop it. */
export interface Preview {
  origin: string;
  close: () => Promise<void>;
}

/** Reads `dir/_headers` and `dir/_redirects`; throws, naming the line, if either is malformed. */
export async function readCdnRules(dir: string): Promise<{ headers: ParsedHeaderRule[]; redirects: ParsedRedirect[] }> {
  const headersFile = path.join(dir, '_headers');
  const redirectsFile = path.join(dir, '_redirects');
  const h = await parseAllHeaders({ headersFiles: existsSync(headersFile) ? [headersFile] : [], configHeaders: [], minimal: false });
  const r = await parseAllRedirects({ redirectsFiles: existsSync(redirectsFile) ? [redirectsFile] : [], configRedirects: [], minimal: false });
  const errors = [...h.errors, ...r.errors];
  if (errors.length) throw new Error(`[preview] ${dir}: ${errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n')}`);
  return { headers: h.headers as ParsedHeaderRule[], redirects: r.redirects as ParsedRedirect[] };
}

/**
 * The CDN rules of `root` as they are now: re-read whenever `_headers` or `_redirects` is
 * another file than last time (a rebuild replaces the whole folder), else the parsed copy.
 */
function currentRules(root: string): () => Promise<Awaited<ReturnType<typeof readCdnRules>>> {
  let cached: { key: string; rules: Promise<Awaited<ReturnType<typeof readCdnRules>>> } | undefined;
  const identity = async (file: string) => {
    const s = await stat(path.join(root, file)).catch(() => undefined);
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '-';
  };
  return async () => {
    const key = `${await identity('_headers')} ${await identity('_redirects')}`;
    if (cached?.key !== key) cached = { key, rules: readCdnRules(root) };
    return cached.rules;
  };
}

/** Text types the hosts compress on the fly (Netlify and Cloudflare Pages gzip or brotli these). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json)|image\/svg\+xml)/;

/**
 * `res`, gzipping a text body when the client accepts gzip, as the hosts do: readers never get
 * an uncompressed page, so measuring one (Lighthouse's transfer times) would measure nobody.
 * Range and HEAD answers, and anything not text, pass through unchanged.
 */
function compressing(req: IncomingMessage, res: ServerResponse): ServerResponse {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || req.headers.range || req.method === 'HEAD') return res;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
  res.writeHead = ((status: number, headers: Record<string, unknown> = {}) => {
    const type = String(headers['Content-Type'] ?? res.getHeader('Content-Type') ?? '');
    if (status !== 200 || !COMPRESSIBLE.test(type)) return writeHead(status, headers);
    const { 'Content-Length': _length, ...rest } = headers;
    res.removeHeader('Content-Length');
    writeHead(status, { ...rest, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    const gzip = createGzip({ level: zlib.Z_BEST_COMPRESSION });
    const write = res.write.bind(res) as (chunk: unknown) => boolean;
    const end = res.end.bind(res) as () => ServerResponse;
    gzip.on('data', (chunk) => write(chunk));
    gzip.on('end', () => end());
    // Always "written": gzip buffers the (small, static) body, so sirv's pipe never waits for a drain that res will not send.
    res.write = ((chunk: unknown) => (gzip.write(chunk as Buffer), true)) as typeof res.write;
    res.end = ((chunk?: unknown) => {
      if (chunk != null && typeof chunk !== 'function') gzip.end(chunk as Buffer);
      else gzip.end();
      return res;
    }) as typeof res.end;
    return res;
  }) as typeof res.writeHead;
  return res;
}

/** Serves `dir` on `host:port` (port 0: any free port) as a CDN would. */
export async function startPreview(dir: string, options: { host?: string; port?: number } = {}): Promise<Preview> {
  const root = path.resolve(dir);
  const rulesNow = currentRules(root);
  await rulesNow();
  // dev: each request finds and measures its file anew (no file list or sizes kept from start-up).
  const files = sirv(root, { dev: true, etag: true });
  const notFound = path.join(root, '404.html');

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return void res.writeHead(400).end('bad request');
    }
    let rules: Awaited<ReturnType<typeof readCdnRules>>;
    try {
      rules = await rulesNow();
    } catch (error) {
      return void res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(error instanceof Error ? error.message : String(error));
    }
    for (const [name, value] of Object.entries(headersFor(rules.headers, url.pathname))) res.setHeader(name, value);
    // The rule files are configuration, and dot-files (.prerender, ...) build leftovers: never content.
    if (/^\/_(headers|redirects)$/.test(pathname) || /(^|\/)\.(?!well-known\/)/.test(pathname)) return void sendNotFound(res);
    const redirect = redirectFor(rules.redirects, url.pathname, url.searchParams);
    // A file at the path wins over its redirect (the hosts' shadowing) unless the rule is forced.
    if (redirect && (redirect.force || !existsSync(path.join(root, pathname, pathname.endsWith('/') ? 'index.html' : '')))) {
      return void res.writeHead(redirect.status, { Location: redirect.location }).end();
    }
    // Like the hosts: /folder is answered with a redirect to /folder/ when folder/index.html exists.
    const folder = path.join(root, pathname);
    if (!pathname.endsWith('/') && folder.startsWith(root) && existsSync(path.join(folder, 'index.html')) && statSync(folder).isDirectory()) {
      return void res.writeHead(308, { Location: `${url.pathname}/${url.search}` }).end();
    }
    files(req, compressing(req, res), () => sendNotFound(res));
  };

  const sendNotFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
