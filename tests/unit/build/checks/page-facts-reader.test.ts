import { afterEach, describe, expect, it } from 'vitest';
import { readPageFacts } from '../../../../src/build/checks/page-checks.ts';
import { pageFactsReader } from '../../../../src/build/checks/page-facts-reader.ts';

// The reader with its real worker thread, as the finishing step uses it (src/build/finish.ts).
// Each test starts its own, so the mutation run credits the test that ran the code.
let reader: ReturnType<typeof pageFactsReader>;
const started = () => (reader = pageFactsReader());
afterEach(() => reader?.close());

const page = (n: number) => `<!doctype html><html><head><title>Page ${n}</title><link rel="canonical" href="https://news.example/p${n}/"></head><body><h2 id="part-${n}">Part</h2><a href="/p${n + 1}/">next</a><img alt="gone ${n}"></body></html>`;

describe('pageFactsReader', () => {
  it('gives each page the facts the main thread would read from it', async () => {
    expect(await started().read(page(1))).toEqual(readPageFacts(page(1)));
  });

  it('answers many pages read at once, each with its own facts', async () => {
    const numbers = Array.from({ length: 40 }, (_, i) => i);
    started();
    const facts = await Promise.all(numbers.map((n) => reader.read(page(n))));
    expect(facts.map((f) => [f.title, [...f.ids], f.canonical])).toEqual(numbers.map((n) => [`Page ${n}`, [`part-${n}`], `https://news.example/p${n}/`]));
  });

  it('rejects a page it cannot read with an [output] error, and goes on reading the next', async () => {
    // Not text at all: the worker's parse throws, which must come back as this read's failure.
    await expect(started().read(undefined as never)).rejects.toThrow(/^\[output\] reading a page failed: /);
    expect((await reader.read(page(2))).title).toBe('Page 2');
  });
});
