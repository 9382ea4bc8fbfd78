import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../../src/utils/map-limited.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('mapLimited', () => {
  it('gives the results in the items’ order, whatever order they finish in', async () => {
    const delays = [5, 1, 3, 0, 2];
    const out = await mapLimited(delays, 3, async (d, i) => {
      await new Promise((r) => setTimeout(r, d));
      return `${i}:${d}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:3', '3:0', '4:2']);
  });

  it('never runs more than the limit at once, and uses all of it', async () => {
    let running = 0;
    let most = 0;
    await mapLimited(Array.from({ length: 40 }, (_, i) => i), 4, async () => {
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(most).toBe(4);
  });

  it('handles no items, and rejects with the first failure', async () => {
    expect(await mapLimited([], 8, async () => 1)).toEqual([]);
    await expect(mapLimited([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('two'); return n; })).rejects.toThrow('two');
  });
});
