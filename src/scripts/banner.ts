// The breaking-news strip in the reader's browser: the build only publishes a banner that is
// live, but a page read after the banner's expiry must not show it. At expiry (now, or later
// while the page stays open) the banner gives way to the newest brief.

/** Hides the banner once its `data-expires` time has passed, and shows the newest brief instead. */
export function watchBanner(now: () => number = Date.now): void {
  const banner = document.querySelector<HTMLElement>('[data-banner]');
  const latest = document.querySelector<HTMLElement>('[data-latest]');
  if (!banner) return;
  const expires = Date.parse(banner.dataset['expires'] ?? '');
  const takeDown = () => {
    banner.hidden = true;
    if (latest) latest.hidden = false;
  };
  if (Number.isNaN(expires)) return takeDown();
  const left = expires - now();
  if (left <= 0) return takeDown();
  // Timers longer than ~24.8 days overflow; such a banner is re-checked on the next load anyway.
  if (left < 2 ** 31 - 1) setTimeout(takeDown, left);
}
