import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { projectDir } from '../../helpers/site.ts';

// docs/setup.md explains the EBADENGINE warnings `npm ci` prints on an older Node (the README
// links there); the explanation must name exactly the packages that cause them, or a reader
// cannot tell a new one from these.
describe('docs/setup.md: npm ci on an older Node', () => {
  it('names every package whose engines exclude Node 20.20, and says how many warnings that makes', () => {
    const lock = JSON.parse(readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { name?: string; engines?: { node?: string } }>;
    };
    const excluding = Object.entries(lock.packages)
      .filter(([, p]) => p.engines?.node && !semver.satisfies('20.20.0', p.engines.node))
      .map(([key]) => (key === '' ? 'this project' : key.replace(/^.*node_modules\//, '')));
    const setup = readFileSync(path.join(projectDir, 'docs/setup.md'), 'utf8').replace(/\s+/g, ' ');
    const paragraph = /On a machine whose own Node is 20 \(20\.20 or later\), `npm ci` prints (\d+) `npm warn EBADENGINE.*?there are none\./.exec(setup);
    expect(paragraph, 'the docs/setup.md paragraph about EBADENGINE').not.toBeNull();
    expect(Number(paragraph![1])).toBe(excluding.length);
    // A package is named, or its whole scope is (`@babel/`: dozens of them, all for one tool).
    for (const name of excluding) {
      const scope = /^@[^/]+\//.exec(name)?.[0];
      expect(paragraph![0].includes(name) || (scope !== undefined && paragraph![0].includes(`\`${scope}\``)), name).toBe(true);
    }
  });
});
