import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { COMMENTS_ENDPOINT, DEMO_EPOCH, buildSite, projectDir } from './helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built fixture site. */
    siteDir: string;
    /** Absolute path of the demo site (content/), built with a fixed clock. */
    demoDir: string;
    /** Absolute path of the site built from attack inputs (tests/fixtures/hostile), which must build with every attack inert. */
    hostileDir: string;
    /** Exit code and output of building the deliberately broken fixture. */
    broken: { code: number; output: string; outDir: string };
  }
}

type Builds = Awaited<ReturnType<typeof buildFixtures>>;

/**
 * Builds the fixture sites once for every build-output and browser test. Two projects name this
 * file (site, and lighthouse, which runs after everything else); both setups run in vitest's own
 * process, so the builds are shared through `globalThis` and made once per run.
 */
export default async function setup(project: TestProject) {
  const shared = globalThis as typeof globalThis & { newsroomFixtureBuilds?: Promise<Builds> };
  const builds = await (shared.newsroomFixtureBuilds ??= buildFixtures());
  project.provide('siteDir', builds.siteDir);
  project.provide('demoDir', builds.demoDir);
  project.provide('hostileDir', builds.hostileDir);
  project.provide('broken', builds.broken);
}

async function buildFixtures() {
  await rm(path.join(projectDir, 'tests/.output'), { recursive: true, force: true });
  // The fixture site has the comment form switched on; the demo keeps the default (off).
  const site = await buildSite({ content: 'tests/fixtures/site/content', outDir: 'tests/.output/site', env: { NEWSROOM_COMMENTS_ENDPOINT: COMMENTS_ENDPOINT } });
  if (site.code !== 0) throw new Error(`fixture site failed to build:\n${site.output}`);
  const demo = await buildSite({ content: 'content', outDir: 'tests/.output/demo', epoch: DEMO_EPOCH });
  if (demo.code !== 0) throw new Error(`demo site failed to build:\n${demo.output}`);
  const hostile = await buildSite({ content: 'tests/fixtures/hostile/content', outDir: 'tests/.output/hostile' });
  if (hostile.code !== 0) throw new Error(`hostile-input fixture failed to build:\n${hostile.output}`);
  const broken = await buildSite({ content: 'tests/fixtures/broken/content', outDir: 'tests/.output/broken' });
  return { siteDir: site.outDir, demoDir: demo.outDir, hostileDir: hostile.outDir, broken };
}
