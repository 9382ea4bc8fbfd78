import { describe, expect, inject, it } from 'vitest';
import { runScript } from '../helpers/commands.ts';
import { projectDir } from '../helpers/site.ts';

// `npm run check` and the build share one validation pass: the same problems, word for word.
describe('npm run check against the build', () => {
  it('reports exactly the problems the build reports for the broken fixture', async () => {
    const check = await runScript('check', [], { cwd: projectDir, env: { NEWSROOM_CONTENT: 'tests/fixtures/broken/content' } });
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(15);
    const build = inject('broken').output;
    for (const line of lines) expect(build, line).toContain(line);
  });
});
