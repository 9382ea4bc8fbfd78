import type { AstroIntegration } from 'astro';

/**
 * Decides once, from the Astro command, whether unpublished articles may be shown:
 * only `astro dev` previews drafts and scheduled articles. A build never does, whatever
 * NODE_ENV or the mode says.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'newsroom:preview-mode',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env['NEWSROOM_SHOW_UNPUBLISHED'] = command === 'dev' ? '1' : '';
      },
    },
  };
}
