/**
 * Worker thread of the import: converts posts (the CPU-heavy part: HTML parsing, Markdown
 * writing) while the main thread streams the export and writes files. Receives the export's
 * facts once (workerData), then `{ seq, item, slug }` messages; answers `{ seq, result }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { articleContext, convertItem, type ContextData } from './context.ts';
import type { WpItem } from './wxr-model.ts';

const { data, now } = workerData as { data: ContextData; now: number };
const ctx = articleContext(data);
parentPort!.on('message', (m: { seq: number; item: WpItem; slug: string }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, result: convertItem(m.item, m.slug, ctx, new Date(now)) });
  } catch (error) {
    parentPort!.postMessage({ seq: m.seq, error: (error as Error).stack ?? String(error) });
  }
});
