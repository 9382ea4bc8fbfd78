import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesDigest, importClosure, outputVariables, renderFingerprint, variablesFingerprint } from '../../../../src/build/reuse/build-fingerprint.ts';
import { projectDir } from '../../../helpers/site.ts';

describe('build-fingerprint', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'fingerprint-'));
    await mkdir(path.join(root, 'src/lib'), { recursive: true });
    await writeFile(path.join(root, 'src/entry.ts'), "import { a } from './lib/a.ts';\nimport 'some-package';\nexport * from \"./lib/b.ts\";\nconst c = await import('./lib/c.ts');\n");
    await writeFile(path.join(root, 'src/lib/a.ts'), "import { b } from './b.ts';\nimport './style.css?inline';\n");
    await writeFile(path.join(root, 'src/lib/b.ts'), "import { a } from './a.ts';\n");
    await writeFile(path.join(root, 'src/lib/c.ts'), 'export const c = 1;\n');
    await writeFile(path.join(root, 'src/lib/style.css'), 'p{}');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('follows relative imports (static, re-exports, dynamic, with queries, in cycles), not packages', () => {
    expect(importClosure(root, ['src/entry.ts'])).toEqual(['src/entry.ts', 'src/lib/a.ts', 'src/lib/b.ts', 'src/lib/c.ts', 'src/lib/style.css']);
  });

  it('a file reached only through an import changes the digest of the closure', async () => {
    const before = filesDigest(root, importClosure(root, ['src/entry.ts']));
    await writeFile(path.join(root, 'src/lib/c.ts'), 'export const c = 2;\n');
    expect(filesDigest(root, importClosure(root, ['src/entry.ts']))).not.toBe(before);
  });

  it('the variables that shape output are every NEWSROOM_* but the folders and the preview switch', () => {
    const env = { NEWSROOM_COMMENTS_ENDPOINT: 'https://c.example/', NEWSROOM_CONTENT: 'x', NEWSROOM_CACHE_DIR: 'y', NEWSROOM_DIST: 'z', NEWSROOM_OUT_DIR: 'w', NEWSROOM_SHOW_UNPUBLISHED: '', SOURCE_DATE_EPOCH: '1', HOME: '/h' };
    expect(outputVariables(env)).toEqual(['NEWSROOM_COMMENTS_ENDPOINT=https://c.example/']);
    expect(variablesFingerprint(env)).toBe(variablesFingerprint({ ...env, NEWSROOM_CONTENT: 'elsewhere', SOURCE_DATE_EPOCH: '2' }));
    expect(variablesFingerprint(env)).not.toBe(variablesFingerprint({ ...env, NEWSROOM_COMMENTS_ENDPOINT: 'https://d.example/' }));
  });

  it('the render fingerprint covers the Markdown plugins, embed providers, schemas and site settings', () => {
    const files = importClosure(projectDir, ['src/content.config.ts', 'src/markdown/pipeline.ts', 'astro.config.mjs']);
    for (const f of ['src/markdown/rehype-external-links.ts', 'src/markdown/embed-providers.ts', 'src/schemas/article.ts', 'src/site.config.ts', 'src/content/loader.ts', 'src/build/image-settings.ts']) {
      expect(files).toContain(f);
    }
    expect(renderFingerprint(projectDir, {})).not.toBe(renderFingerprint(projectDir, { NEWSROOM_COMMENTS_ENDPOINT: 'https://c.example/' }));
  });
});
