import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium headless, sandbox-free as root, and off the network beyond 127.0.0.1. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launches Debian's Chromium (Playwright gives it a fresh temporary profile). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
