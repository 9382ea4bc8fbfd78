import { afterEach, describe, expect, it } from 'vitest';
import { previewMode } from '../../../src/integrations/preview-mode.ts';

// The variable the content loader and collections read to decide whether drafts and scheduled
// articles are shown (src/content/loader.ts, src/content/collections.ts): '1' shows them.
const VARIABLE = 'NEWSROOM_SHOW_UNPUBLISHED';
const before = process.env[VARIABLE];
afterEach(() => {
  if (before === undefined) delete process.env[VARIABLE];
  else process.env[VARIABLE] = before;
});

/** What the integration leaves in the variable when Astro runs `command`, starting from `start`. */
function afterSetup(command: string, start?: string): string | undefined {
  if (start === undefined) delete process.env[VARIABLE];
  else process.env[VARIABLE] = start;
  const hook = previewMode().hooks['astro:config:setup']!;
  void hook({ command } as never);
  return process.env[VARIABLE];
}

describe('previewMode', () => {
  it('lets the dev server show unpublished articles', () => {
    expect(afterSetup('dev')).toBe('1');
  });

  it('never lets a build or a preview of one show them, even when the variable was left set', () => {
    for (const command of ['build', 'preview', 'sync']) {
      expect(afterSetup(command, '1'), command).toBe('');
      expect(afterSetup(command), command).toBe('');
    }
  });
});
