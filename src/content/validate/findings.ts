// What every content file's parser reports into, and the helpers they share to locate a problem
// in a YAML source and to look at raw values the schema may still refuse.
import { offsetWarning } from '../../i18n/dates.ts';
import type { Problem } from './problems.ts';
import type { ValidateOptions } from './types.ts';
import type { YamlSource } from './yaml-source.ts';
import { fieldName } from './zod-problems.ts';

/** What every file's parser reports into. */
export interface Findings {
  problems: Problem[];
  warnings: Problem[];
  /** Ids one file names in another (sections, authors), checked once every file is read. */
  references: Reference[];
}

/**
 * A cross-file reference, taken from the raw value even when the file has other problems, so an
 * unknown section is reported in the same run as a missing title.
 */
export interface Reference {
  kind: 'category' | 'author';
  id: string;
  file: string;
  source: YamlSource;
  fieldPath: Array<string | number>;
}

/** The shape of a name that becomes an address (article slug, author id, page slug): lowercase ASCII words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A problem at `fieldPath` of a YAML file: the field's line (or its nearest parent's) and its name as a writer reads it. */
export function problemAt(file: string, source: YamlSource, fieldPath: Array<string | number>, message: string): Problem {
  const line = source.lineOf(fieldPath);
  const field = fieldName(fieldPath);
  return { file, ...(line ? { line } : {}), ...(field ? { field } : {}), message };
}

/** Follows `fieldPath` into a raw parsed YAML value; undefined where the shape does not allow it. */
export function rawAt(value: unknown, fieldPath: ReadonlyArray<string | number>): unknown {
  let node = value;
  for (const key of fieldPath) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Notes a reference found at `fieldPath` of the raw data, if a string is there. */
export function noteReference(findings: Findings, kind: Reference['kind'], file: string, source: YamlSource, raw: unknown, fieldPath: Array<string | number>): void {
  const id = rawAt(raw, fieldPath);
  if (typeof id === 'string') findings.references.push({ kind, id, file, source, fieldPath });
}

/** Warns about a time at `fieldPath` of the raw data written with another offset than the site zone's then. */
export function checkOffset(findings: Findings, options: ValidateOptions, file: string, source: YamlSource, raw: unknown, fieldPath: Array<string | number>): void {
  const written = rawAt(raw, fieldPath);
  const warning = options.timeZone && typeof written === 'string' ? offsetWarning(written, options.timeZone) : undefined;
  if (warning) findings.warnings.push(problemAt(file, source, fieldPath, warning));
}
