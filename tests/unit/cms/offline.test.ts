import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localiseChecks } from '../../../src/cms/offline.ts';
import { projectDir } from '../../helpers/site.ts';

// The installed Sveltia CMS bundle, as /admin/ serves it: its own checks ask /admin/, not other hosts.
const bundle = readFileSync(path.join(projectDir, 'node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8');

describe('localiseChecks', () => {
  it('points the update check and the GitHub status check at files of our own', () => {
    expect(bundle).toContain('https://www.githubstatus.com/api/v2/status.json');
    const { bundle: served, files } = localiseChecks(bundle, '0.221.1');
    expect(served).not.toContain('https://www.githubstatus.com/api/v2/status.json');
    expect(served).not.toContain('`https://unpkg.com/@sveltia/cms`');
    expect(served).toContain('`/admin/sveltia-cms-package`');
    expect(files.map((f) => f.name).sort()).toEqual(['backend-status.json', 'sveltia-cms-package/package.json']);
    expect(JSON.parse(files.find((f) => f.name.endsWith('package.json'))!.body)).toEqual({ name: '@sveltia/cms', version: '0.221.1' });
    // "unknown" is what the CMS makes of an unreachable status page: no incident banner.
    expect(JSON.parse(files.find((f) => f.name === 'backend-status.json')!.body).status.indicator).toBe('unknown');
  });

  it('fails the build rather than let a changed bundle call out again', () => {
    expect(() => localiseChecks('fetch(`https://unpkg.com/@sveltia/ui`)', '1.0.0')).toThrow(/no longer contains/);
  });
});
