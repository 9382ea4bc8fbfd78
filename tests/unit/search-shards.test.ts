import { describe, expect, it } from 'vitest';
import { articleShard, mergeByDate, parseShardsManifest } from '../../src/lib/search-shards.ts';

describe('articleShard', () => {
  it('is the UTC month of the publication time', () => {
    expect(articleShard('2026-11-30T23:30:00.000Z')).toBe('2026-11');
    expect(articleShard('2027-01-01T00:00:00.000Z')).toBe('2027-01');
  });
  it('names what it found when the time is not UTC ISO 8601', () => {
    expect(() => articleShard('30 November 2026')).toThrow('[pagefind] publication time "30 November 2026" is not a UTC ISO 8601 time (allowed: YYYY-MM-DDThh:mm:ss.sssZ)');
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
