import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasUiStrings } from '../../src/i18n/i18n.ts';
import { LangTag, Text } from '../../src/schemas/common.ts';
import { SITE } from '../../src/site.config.ts';

// The settings an outlet edits: each must be something the site can use as it stands, or the
// mistake shows up as broken canonical URLs, wrong times or a crash deep in a build.
describe('SITE', () => {
  it('is served from an https origin written without a path or trailing slash', () => {
    const url = new URL(SITE.url);
    expect(url.protocol).toBe('https:');
    expect(url.origin, 'the canonical and feed URLs are built by appending paths to it').toBe(SITE.url);
  });

  it('writes in a BCP 47 language the article schema accepts and the page labels exist for', () => {
    expect(LangTag.safeParse(SITE.lang).success).toBe(true);
    expect(Intl.getCanonicalLocales(SITE.lang)).toEqual([SITE.lang]);
    expect(hasUiStrings(SITE.lang)).toBe(true);
  });

  it('shows times in an IANA time zone, spelt as the zone database spells it', () => {
    expect(new Intl.DateTimeFormat('en', { timeZone: SITE.timeZone }).resolvedOptions().timeZone).toBe(SITE.timeZone);
    expect(SITE.timeZone).toMatch(/^[A-Z][A-Za-z_]+(\/[A-Za-z_+-]+)+$/);
  });

  it('gives every printed name as plain text', () => {
    for (const field of ['name', 'tagline', 'timeZoneName', 'imageCredit', 'copyrightHolder', 'staffByline'] as const) {
      expect(Text.safeParse(SITE[field]).data, field).toBe(SITE[field]);
    }
  });

  it('links its social accounts over https, each with its own label', () => {
    expect(SITE.social.length).toBeGreaterThan(0);
    for (const { label, url } of SITE.social) {
      expect(Text.safeParse(label).data, label).toBe(label);
      expect(new URL(url).protocol, label).toBe('https:');
    }
    expect(new Set(SITE.social.map((s) => s.label)).size).toBe(SITE.social.length);
  });

  it('sizes its lists with whole numbers of at least one', () => {
    for (const field of ['tickerCount', 'pageSize', 'latestDays'] as const) {
      expect(Number.isInteger(SITE[field]) && SITE[field] >= 1, `${field} is ${SITE[field]}`).toBe(true);
    }
  });

  it('names a CMS repository as owner/name on GitHub or GitLab, and a branch', () => {
    const { name, repo, branch } = SITE.cms.backend;
    expect(['github', 'gitlab']).toContain(name);
    expect(repo).toMatch(/^[\w.-]+(\/[\w.-]+)+$/);
    expect(branch).toMatch(/^[\w./-]+$/);
  });
});

describe('SITE.comments.endpoint', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const load = async () => (await import('../../src/site.config.ts')).SITE.comments.endpoint;

  it('comes from NEWSROOM_COMMENTS_ENDPOINT, so each deployment sets its own', async () => {
    vi.stubEnv('NEWSROOM_COMMENTS_ENDPOINT', 'https://comments.example/submit');
    vi.resetModules();
    expect(await load()).toBe('https://comments.example/submit');
  });

  it('is off (no form) when the variable is unset or empty', async () => {
    for (const value of [undefined, '']) {
      vi.stubEnv('NEWSROOM_COMMENTS_ENDPOINT', value);
      vi.resetModules();
      expect(await load(), String(value)).toBeUndefined();
    }
  });
});
