#!/usr/bin/env node
// `npm run preview`: serves dist/ as a CDN would (honouring _headers and _redirects), always as
// it is now: a rebuild under a running preview is served at the next request.
//   npm run preview -- [folder] [--port 4321] [--host 127.0.0.1]
import { parseArgs } from 'node:util';
import { startPreview } from './cdn-preview.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
});
const dir = positionals[0] ?? 'dist';
const preview = await startPreview(dir, { host: values.host, port: Number(values.port) });
console.log(`Serving ${dir}/ like a CDN (with its _headers and _redirects) at ${preview.origin}/  (Ctrl+C to stop)`);

const stop = async () => {
  await preview.close();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);
// Stopping `npm run preview` stops npm (and the shell it ran us in) without always passing the
// signal on; an orphaned server would keep the port and serve on. So leave with our parent.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop();
}, 250).unref();
