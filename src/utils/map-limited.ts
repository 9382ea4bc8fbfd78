/**
 * `fn` over every item, at most `limit` at a time, results in the items' order. For reading or
 * copying thousands of files: all at once fails with EMFILE on a large archive (100,000 articles
 * in the bench) and starves other work; one after another leaves the disk and the thread pool idle.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
