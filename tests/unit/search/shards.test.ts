import { describe, expect, it } from 'vitest';
import { articleShards, mergeByDate, parseShardsManifest, publicationDay, SHARD_PAGES } from '../../../src/search/shards.ts';

describe('publicationDay', () => {
  it('is the UTC day of the publication time', () => {
    expect(publicationDay('2026-11-30T23:30:00.000Z')).toBe('2026-11-30');
  });
  it('names what it found when the time is not UTC ISO 8601', () => {
    expect(() => publicationDay('30 November 2026')).toThrow('[pagefind] publication time "30 November 2026" is not a UTC ISO 8601 time (allowed: YYYY-MM-DDThh:mm:ss.sssZ)');
  });
});

describe('articleShards', () => {
  /** `perDay[d]` stories on day d + 1 of `month`, each named `<day>/<n>`, in shuffled order. */
  const month = (m: string, perDay: number[]) =>
    perDay.flatMap((count, d) => Array.from({ length: count }, (_, n) => ({ file: `${m}-${String(d + 1).padStart(2, '0')}/${n}`, published: `${m}-${String(d + 1).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00.000Z` })));
  const names = (shards: ReturnType<typeof articleShards>) => shards.map((s) => `${s.name}:${s.pages.length}`);

  it('keeps a month of at most the limit whole, named for the month, months oldest first', () => {
    const pages = [...month('2027-02', [3, 4]), ...month('2027-01', [2, 0, 5])];
    const shards = articleShards(pages, 10);
    expect(names(shards)).toEqual(['2027-01:7', '2027-02:7']);
    // The pages keep the order they were given in.
    expect(shards[0]!.pages).toEqual(pages.filter((p) => p.published.startsWith('2027-01')));
  });

  it('cuts a larger month into runs of whole days of at most the limit, named for their first day', () => {
    const shards = articleShards(month('2027-01', [4, 4, 3, 0, 6, 2, 9]), 10);
    expect(names(shards)).toEqual(['2027-01-01:8', '2027-01-03:9', '2027-01-06:2', '2027-01-07:9']);
    for (const shard of shards) expect(new Set(shard.pages.map((p) => p.published.slice(0, 10))).has(shard.name)).toBe(true);
    // Every page is in exactly one shard.
    expect(shards.flatMap((s) => s.pages).length).toBe(28);
  });

  it('gives a day of more than the limit a shard of its own rather than splitting it', () => {
    expect(names(articleShards(month('2027-01', [2, 15, 1]), 10))).toEqual(['2027-01-01:2', '2027-01-02:15', '2027-01-03:1']);
  });

  it('changes only the last part when stories are added on the month’s last day, and only its own part when one is edited', () => {
    const before = articleShards(month('2027-01', [400, 400, 400, 400, 100]));
    const after = articleShards(month('2027-01', [400, 400, 400, 400, 250]));
    expect(names(before)).toEqual(['2027-01-01:800', '2027-01-03:900']);
    expect(names(after)).toEqual(['2027-01-01:800', '2027-01-03:800', '2027-01-05:250']);
    expect(after[0]!.pages.map((p) => p.file)).toEqual(before[0]!.pages.map((p) => p.file));
    expect(SHARD_PAGES).toBe(1000);
  });
});

describe('parseShardsManifest', () => {
  it('accepts a list of shards and rejects anything else, naming the file', () => {
    const ok = { shards: [{ name: 'briefs', path: '/pagefind/shards/briefs.0123456789abcdef/', newest: '2026-11-24T20:30:00.000Z' }] };
    expect(parseShardsManifest(ok)).toEqual(ok);
    expect(() => parseShardsManifest({ shards: [] })).toThrow('pagefind/manifest.json: expected { shards: [{ name, path, newest }, …] } with at least one shard');
    expect(() => parseShardsManifest({ shards: [{ name: 'x', path: '/no-slash', newest: '' }] })).toThrow('pagefind/manifest.json');
  });
});

describe('mergeByDate', () => {
  // Items are their own dates; `read` records which dates were looked at, `loaded` which lists.
  const setup = (lists: Array<{ newest: string; items: string[] }>) => {
    const read: string[] = [];
    const loaded: number[] = [];
    const next = mergeByDate(
      lists.map((l, i) => ({ newest: l.newest, load: async () => (loaded.push(i), l.items) })),
      async (item: string) => (read.push(item), item),
    );
    return { next, read, loaded };
  };

  it('interleaves the briefs with the months, newest first, page by page', async () => {
    const { next } = setup([
      { newest: '2026-11-24', items: ['2026-11-24', '2026-11-02', '2026-10-20', '2026-09-01'] },
      { newest: '2026-09-30', items: ['2026-09-30', '2026-09-02'] },
      { newest: '2026-11-20', items: ['2026-11-20', '2026-11-03'] },
      { newest: '2026-10-31', items: ['2026-10-31', '2026-10-01'] },
    ]);
    expect(await next(3)).toEqual(['2026-11-24', '2026-11-20', '2026-11-03']);
    expect(await next(10)).toEqual(['2026-11-02', '2026-10-31', '2026-10-20', '2026-10-01', '2026-09-30', '2026-09-02', '2026-09-01']);
    expect(await next(10)).toEqual([]);
  });

  it('leaves the lists that cannot hold the next results unloaded', async () => {
    const { next, loaded, read } = setup([
      { newest: '2026-11-24', items: ['2026-11-24', '2026-11-23'] },
      { newest: '2026-09-30', items: ['2026-09-30'] },
      { newest: '2026-11-20', items: ['2026-11-20', '2026-11-19', '2026-11-18'] },
      { newest: '2026-10-31', items: ['2026-10-31'] },
    ]);
    expect(await next(4)).toEqual(['2026-11-24', '2026-11-23', '2026-11-20', '2026-11-19']);
    expect(loaded.sort()).toEqual([0, 2]);
    expect(read).not.toContain('2026-10-31');
  });

  it('skips empty lists and keeps the lists’ order on equal times', async () => {
    const lists = [
      { newest: '2026-11-24', items: [] as Array<{ date: string; from: string }> },
      { newest: '2026-11-20', items: [{ date: '2026-11-20', from: 'briefs' }] },
      { newest: '2026-11-20', items: [{ date: '2026-11-20', from: 'month' }, { date: '2026-11-01', from: 'month' }] },
    ];
    const next = mergeByDate(lists.map((l) => ({ newest: l.newest, load: async () => l.items })), async (item) => item.date);
    expect((await next(5)).map((i) => `${i.from} ${i.date}`)).toEqual(['briefs 2026-11-20', 'month 2026-11-20', 'month 2026-11-01']);
  });
});
