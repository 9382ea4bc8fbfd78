import type { HastPluginDefinition } from 'satteri';

/** Options for {@link tableAlign}: none yet, taken so every plugin is called the same way. */
export type TableAlignOptions = Record<string, never>;

const TEXT_ALIGN = /^text-align:\s*(left|center|right);?$/;

/**
 * Writes a GFM table column's alignment as `align="right"` rather than Sätteri's
 * `style="text-align: right"`: the sanitizer drops style attributes (the CSP forbids them).
 * Runs before the sanitizer, on table cells only.
 */
export function tableAlign(_options: TableAlignOptions = {}): HastPluginDefinition {
  return {
    name: 'table-align',
    element: {
      filter: ['th', 'td'],
      visit(node, ctx) {
        const style = node.properties['style'];
        const align = typeof style === 'string' ? TEXT_ALIGN.exec(style.trim())?.[1] : undefined;
        if (!align) return;
        ctx.setProperty(node, 'style', null);
        ctx.setProperty(node, 'align', align);
      },
    },
  };
}
