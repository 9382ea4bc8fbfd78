import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './serve.ts';

/** Built sites served like a CDN, and the Chromium that reads them. */
export interface ServedSites<Name extends string> {
  /** Each site's `http://127.0.0.1:<port>`, by the name it was given. */
  readonly origins: Readonly<Record<Name, string>>;
  /** Chromium with the project's launch flags (tests/helpers/browser.ts). */
  readonly browser: Browser;
}

/** One built site served like a CDN, and the Chromium that reads it. */
export interface ServedSite {
  /** The site's `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Chromium with the project's launch flags (tests/helpers/browser.ts). */
  readonly browser: Browser;
}

/** Sites and Chromium, started, with the one call that stops them all. */
export interface RunningSites<Name extends string> extends ServedSites<Name> {
  /** Closes Chromium, then each server. */
  close(): Promise<void>;
}

type Closer = () => Promise<void>;

/**
 * Serves each built site folder on its own port, then launches one Chromium. All or nothing:
 * if a step fails, what had started is closed before the failure is passed on.
 */
export async function startServedSites<const Name extends string>(dirs: Readonly<Record<Name, string>>): Promise<RunningSites<Name>> {
  const closers: Closer[] = [];
  try {
    const origins = {} as Record<Name, string>;
    for (const [name, dir] of Object.entries(dirs) as Array<[Name, string]>) {
      const server = await serveStatic(dir);
      closers.push(server.close);
      origins[name] = server.origin;
    }
    const browser = await launchBrowser();
    closers.push(() => browser.close());
    return { origins, browser, close: () => closeAll(closers) };
  } catch (error) {
    // The failed start is what the reader needs to see; a close failing after it would hide it.
    await closeAll(closers).catch(() => {});
    throw error;
  }
}

/**
 * Called at the top of a describe: serves the sites and launches Chromium before the suite's
 * tests (see {@link startServedSites}) and closes them after. The origins and the browser exist
 * only once the suite has started: read them in tests and hooks, not while it is collected.
 */
export function servedSites<const Name extends string>(dirs: Readonly<Record<Name, string>>): ServedSites<Name> {
  let running: RunningSites<Name> | undefined;
  beforeAll(async () => {
    running = await startServedSites(dirs);
  });
  afterAll(() => running?.close());

  const origins = {} as Record<Name, string>;
  for (const name of Object.keys(dirs) as Name[]) {
    Object.defineProperty(origins, name, { enumerable: true, get: () => started(running, `origins.${name}`).origins[name] });
  }
  return {
    origins,
    get browser() {
      return started(running, 'browser').browser;
    },
  };
}

/** {@link servedSites} for a suite that reads one site: serves `dir`, and gives its origin and the browser. */
export function servedSite(dir: string): ServedSite {
  const sites = servedSites({ site: dir });
  return {
    get origin() {
      return sites.origins.site;
    },
    get browser() {
      return sites.browser;
    },
  };
}

/** The running sites, or an error saying `what` was read before the suite's beforeAll had started them. */
function started<Name extends string>(running: RunningSites<Name> | undefined, what: string): RunningSites<Name> {
  if (!running) throw new Error(`servedSites: \`${what}\` was read before the suite started (no site is served yet); read it inside a test or a hook`);
  return running;
}

/** Runs every closer, newest first (Chromium before the servers it reads), even past one that fails; then throws what failed. */
async function closeAll(closers: Closer[]): Promise<void> {
  const failures: unknown[] = [];
  for (const close of closers.splice(0).reverse()) {
    try {
      await close();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, `servedSites: ${failures.length} closes failed`);
}
