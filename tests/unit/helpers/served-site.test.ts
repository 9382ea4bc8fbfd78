import { beforeEach, describe, expect, it, vi } from 'vitest';
import { servedSite, servedSites, startServedSites } from '../../helpers/served-site.ts';

// Stand-ins for the CDN preview and Chromium that log what starts and stops, and fail on request.
const fake = vi.hoisted(() => ({
  log: [] as string[],
  failServe: undefined as string | undefined,
  failLaunch: false,
  failClose: [] as string[],
}));

function stop(what: string): Promise<void> {
  fake.log.push(`close ${what}`);
  return fake.failClose.includes(what) ? Promise.reject(new Error(`cannot close ${what}`)) : Promise.resolve();
}

vi.mock('../../helpers/serve.ts', () => ({
  serveStatic: async (dir: string) => {
    if (fake.failServe === dir) throw new Error(`cannot serve ${dir}`);
    fake.log.push(`serve ${dir}`);
    return { origin: `http://127.0.0.1/${dir}`, close: () => stop(dir) };
  },
}));
vi.mock('../../helpers/browser.ts', () => ({
  launchBrowser: async () => {
    if (fake.failLaunch) throw new Error('cannot launch');
    fake.log.push('launch');
    return { close: () => stop('browser') };
  },
}));

beforeEach(() => {
  fake.log.length = 0;
  fake.failServe = undefined;
  fake.failLaunch = false;
  fake.failClose = [];
});

describe('startServedSites', () => {
  it('serves each site, then launches Chromium; closing stops Chromium first, then the servers newest first', async () => {
    const sites = await startServedSites({ demo: 'd', hostile: 'h' });
    expect(sites.origins).toEqual({ demo: 'http://127.0.0.1/d', hostile: 'http://127.0.0.1/h' });
    await sites.close();
    expect(fake.log).toEqual(['serve d', 'serve h', 'launch', 'close browser', 'close h', 'close d']);
  });

  it('closes only once, however often it is asked', async () => {
    const sites = await startServedSites({ demo: 'd' });
    await sites.close();
    await sites.close();
    expect(fake.log.filter((l) => l.startsWith('close'))).toEqual(['close browser', 'close d']);
  });

  it('closes the servers it started when Chromium will not launch, and passes the failure on', async () => {
    fake.failLaunch = true;
    await expect(startServedSites({ demo: 'd', hostile: 'h' })).rejects.toThrow('cannot launch');
    expect(fake.log).toEqual(['serve d', 'serve h', 'close h', 'close d']);
  });

  it('closes the first server when the second cannot be served, and launches nothing', async () => {
    fake.failServe = 'h';
    await expect(startServedSites({ demo: 'd', hostile: 'h' })).rejects.toThrow('cannot serve h');
    expect(fake.log).toEqual(['serve d', 'close d']);
  });

  it('still closes the servers when Chromium fails to close, and reports that failure', async () => {
    const sites = await startServedSites({ demo: 'd' });
    fake.failClose = ['browser'];
    await expect(sites.close()).rejects.toThrow('cannot close browser');
    expect(fake.log).toEqual(['serve d', 'launch', 'close browser', 'close d']);
  });

  it('reports every close that failed', async () => {
    const sites = await startServedSites({ demo: 'd' });
    fake.failClose = ['browser', 'd'];
    await expect(sites.close()).rejects.toThrow('servedSites: 2 closes failed');
  });
});

describe('servedSites in a suite', () => {
  const sites = servedSites({ demo: 'd', site: 's' });
  // What a suite would get if it read the origin while being collected, before beforeAll ran.
  const early = (() => {
    try {
      return sites.origins.demo;
    } catch (error) {
      return error;
    }
  })();

  it('refuses to give an origin before the suite has started', () => {
    expect(early).toEqual(new Error('servedSites: `origins.demo` was read before the suite started (no site is served yet); read it inside a test or a hook'));
  });

  it('gives each origin and the browser inside a test', () => {
    expect(sites.origins).toEqual({ demo: 'http://127.0.0.1/d', site: 'http://127.0.0.1/s' });
    expect(sites.browser).toHaveProperty('close');
  });
});

describe('servedSite in a suite', () => {
  const site = servedSite('one');
  const early = (() => {
    try {
      return site.browser;
    } catch (error) {
      return error;
    }
  })();

  it('refuses to give the browser before the suite has started', () => {
    expect(early).toEqual(new Error('servedSites: `browser` was read before the suite started (no site is served yet); read it inside a test or a hook'));
  });

  it('gives the origin of its one site inside a test', () => {
    expect(site.origin).toBe('http://127.0.0.1/one');
  });
});
