import { parentPort } from 'node:worker_threads';
import { readPageFacts } from './page-checks.ts';

// The worker side of src/build/checks/page-facts-reader.ts: parses each page it is sent into the facts
// the output checks use, off the main thread.
parentPort!.on('message', ({ id, html }: { id: number; html: string }) => {
  try {
    parentPort!.postMessage({ id, facts: readPageFacts(html) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
