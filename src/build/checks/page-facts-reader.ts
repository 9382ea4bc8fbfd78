import { Worker } from 'node:worker_threads';
import type { PageFacts } from './page-checks.ts';

/**
 * Reads pages into their facts (`readPageFacts`) in a worker thread. The finishing step parses
 * every changed page while Pagefind indexes; on the main thread, that parse held back the
 * messages Pagefind was waiting for (a cold 10,000-article build: the main thread busy 30 s of
 * Pagefind's 33, Pagefind's process busy 20). In the worker, the parse takes the other core and
 * the main thread keeps Pagefind fed. `close()` ends the worker; call it in a `finally`.
 */
export function pageFactsReader(): { read: (html: string) => Promise<PageFacts>; close: () => Promise<void> } {
  const worker = new Worker(new URL('./page-facts-worker.ts', import.meta.url));
  const waiting = new Map<number, { resolve: (facts: PageFacts) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const failAll = (error: Error) => {
    failed = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', ({ id, facts, error }: { id: number; facts?: PageFacts; error?: string }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) job?.reject(new Error(`[output] reading a page failed: ${error}`));
    else job?.resolve(facts!);
  });
  worker.on('error', (error) => failAll(new Error(`[output] the page reader stopped: ${error instanceof Error ? error.message : String(error)}`, { cause: error })));
  worker.on('exit', (code) => failAll(new Error(`[output] the page reader stopped (exit ${code})`)));
  return {
    read: (html) =>
      new Promise<PageFacts>((resolve, reject) => {
        if (failed) return reject(failed);
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, html });
      }),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
