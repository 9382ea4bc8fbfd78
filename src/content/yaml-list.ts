import { stringify } from 'yaml';

/**
 * Appends items to the text of a YAML list file, leaving what is already there (comments,
 * quoting, order) untouched. A missing file starts with `header` (e.g. a `# ...` comment line).
 */
export function appendYamlList(existing: string | undefined, items: ReadonlyArray<Record<string, unknown>>, header = ''): string {
  const start = existing === undefined ? header : existing.length > 0 && !existing.endsWith('\n') ? `${existing}\n` : existing;
  // Drop unset optional fields so they are not written as `null`.
  const clean = items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)));
  return start + stringify(clean, { lineWidth: 0 });
}
