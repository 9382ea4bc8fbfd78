/**
 * The import's progress on stderr: on a terminal, one bar redrawn in place with the share of
 * the export read, posts per second and MB per second; elsewhere (CI logs, pipes), a plain
 * line every 10% so logs stay short.
 */

/** Where progress goes: a stream with an optional `isTTY`. */
export interface ProgressStream {
  write: (s: string) => unknown;
  isTTY?: boolean;
}

/** Formats one progress line. */
export function progressLine(label: string, done: number, total: number, items: number, seconds: number, width = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? items / seconds : 0;
  const mb = seconds > 0 ? done / 1e6 / seconds : 0;
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${items.toLocaleString('en')} items, ${rate.toFixed(0)}/s, ${mb.toFixed(1)} MB/s`;
}

/** A progress reporter for one pass over a file of `total` bytes. */
export function createProgress(stream: ProgressStream, label: string, total: number, clock: () => number = () => performance.now()) {
  const started = clock();
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let done = 0;
  let items = 0;
  const draw = (final: boolean) => {
    const now = clock();
    const line = progressLine(label, done, total, items, (now - started) / 1000);
    if (stream.isTTY) {
      if (!final && now - lastDraw < 100) return;
      lastDraw = now;
      stream.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    } else {
      // Plain lines at each new tenth, and always the final one (with the final counts).
      const tenth = Math.floor((total > 0 ? done / total : 1) * 10);
      if (!final && (tenth <= lastTenth || tenth >= 10)) return;
      lastTenth = tenth;
      stream.write(`${line}\n`);
    }
  };
  return {
    /** Bytes of the export read so far. */
    bytes(n: number) {
      done = n;
      draw(false);
    },
    /** One more post handled. */
    item() {
      items++;
    },
    /** Draws the last state and ends the line. */
    finish() {
      done = total;
      draw(true);
    },
  };
}
