import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { ShardJob } from './search-index.ts';

// The worker side of src/build/search-index.ts (`buildShards`): one thread per shard, with its
// own Pagefind process (the Node API keeps one per module instance, so two threads index two
// shards at once). It indexes the shard's pages and brief records into `job.partial` and posts
// `{ ok: true }`, or `{ error }` naming the page or record Pagefind refused. If Pagefind's
// process dies, its pipes close, nothing is left to run and the thread ends without a word:
// the main thread reports that as the process gone.
const job = workerData as ShardJob;
try {
  const { index, errors } = await pagefind.createIndex(job.options);
  if (!index) throw new Error(errors.join('\n'));
  // Read first, then sent in a fixed order, all at once: Pagefind numbers pages in the order
  // they arrive (sending each as its read finished gave different bytes from run to run), and
  // a round trip per page or brief, one after the other, took over a second per 1,000.
  const contents = await Promise.all(job.pages.map((file) => readFile(path.join(job.outDir, file), 'utf8')));
  const added = await Promise.all([
    ...job.pages.map(async (file, i) => ({ what: file, result: await index.addHTMLFile({ sourcePath: file, content: contents[i]! }) })),
    ...job.records.map(async (record) => ({ what: `brief ${record.url}`, result: await index.addCustomRecord(record) })),
  ]);
  const failed = added.find((a) => a.result.errors.length > 0);
  if (failed) throw new Error(`shard ${job.name}, ${failed.what}: ${failed.result.errors.join('\n')}`);
  const written = await index.writeFiles({ outputPath: job.partial });
  if (written.errors.length > 0) throw new Error(`shard ${job.name}: ${written.errors.join('\n')}`);
  parentPort!.postMessage({ ok: true });
} catch (error) {
  // The API notices a death itself when a write to the dead process fails, and says only this.
  const message = error instanceof Error ? error.message : String(error);
  parentPort!.postMessage({ error: message === 'Pagefind backend closed' ? '' : message });
} finally {
  // Ends Pagefind's process, so its memory is given back and this thread can end.
  await pagefind.close();
}
