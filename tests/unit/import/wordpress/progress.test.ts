import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../../../src/import/wordpress/progress.ts';

describe('progressLine', () => {
  it('shows the share read, the count and both rates', () => {
    expect(progressLine('import', 50e6, 100e6, 2500, 10, 10)).toBe('import [#####-----]  50% 2,500 items, 250/s, 5.0 MB/s');
  });
});

describe('createProgress', () => {
  it('redraws one line in place on a terminal', () => {
    let out = '';
    let now = 0;
    const p = createProgress({ isTTY: true, write: (s) => (out += s) }, 'scan', 100, () => now);
    for (let i = 1; i <= 10; i++) {
      now += 1000;
      p.item();
      p.bytes(i * 10);
    }
    p.finish();
    expect(out.split('\r').length).toBe(12);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.split('\n')).toHaveLength(2);
  });

  it('prints a plain line per tenth elsewhere, and the final counts once', () => {
    const lines: string[] = [];
    let now = 0;
    const p = createProgress({ write: (s) => lines.push(s) }, 'scan', 1000, () => now);
    for (let b = 1; b <= 1000; b++) {
      now += 10;
      p.item();
      p.bytes(b);
    }
    p.finish();
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toMatch(/^scan \[#+\] 100% 1,000 items, 100\/s/);
    expect(lines.every((l) => !l.includes('\r'))).toBe(true);
  });
});
