/**
 * Google News rejects feeds over 2 MB; we stay under 2,000,000 bytes (the stricter
 * reading of "MB") and drop whole items, oldest first, to get there.
 */
export const FEED_MAX_BYTES = 2_000_000;

/** A rendered feed and what fitting it under the size limit cost. */
export interface FittedFeed {
  body: string;
  /** Size of `body` in bytes (UTF-8). */
  bytes: number;
  kept: number;
  /** Oldest items left out to stay under the limit. */
  dropped: number;
}

/** Options for {@link fitFeed}. */
export interface FitOptions {
  /** The feed's name or path, for the warning. */
  name: string;
  /** Default: {@link FEED_MAX_BYTES}. */
  maxBytes?: number;
  /** Where the warning goes. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/**
 * Renders `items` (newest first) and, when the result is over the size limit, drops whole
 * items from the old end until it fits, with a warning: the largest prefix that fits is found
 * by bisection, so an item is never cut in half.
 */
export async function fitFeed<T>(items: readonly T[], render: (items: T[]) => string | Promise<string>, options: FitOptions): Promise<FittedFeed> {
  const { name, maxBytes = FEED_MAX_BYTES, warn = console.warn } = options;
  const attempt = async (n: number) => {
    const body = await render(items.slice(0, n));
    return { body, bytes: Buffer.byteLength(body) };
  };
  const full = await attempt(items.length);
  if (full.bytes <= maxBytes) return { ...full, kept: items.length, dropped: 0 };
  // Invariant: `lo` items fit (an empty feed is the floor), `hi` items do not.
  let lo = 0;
  let hi = items.length;
  let best = await attempt(0);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const result = await attempt(mid);
    if (result.bytes <= maxBytes) {
      lo = mid;
      best = result;
    } else hi = mid;
  }
  const dropped = items.length - lo;
  warn(`[feeds] ${name}: left out the ${dropped} oldest of ${items.length} items to stay under ${maxBytes} bytes (now ${best.bytes} bytes)`);
  return { ...best, kept: lo, dropped };
}
