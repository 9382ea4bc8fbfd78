import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { LIMITS } from './input-policy.ts';
import type { Problem } from './problems.ts';

/** A parsed YAML text that can tell which line a field is on. */
export interface YamlSource {
  /** Plain data; timestamps stay strings (YAML 1.2 core schema) so offsets can be checked. */
  data: unknown;
  /** 1-based line of the value at `path` (or the nearest parent that exists). */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * Parses YAML, returning the data or the syntax problems (with their lines).
 * `lineOffset` shifts reported lines, for YAML that starts below line 1 (front matter).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlSource | Problem[] {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => {
      const line = e.linePos?.[0]?.line;
      return {
        file,
        ...(line ? { line: line + lineOffset } : {}),
        message: `invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      };
    });
  }
  // Counted before toJS, which would throw "Excessive alias count" (a billion-laughs file, or one
  // anchor reused too often) with no line: the policy names the first alias over the limit.
  let aliases = 0;
  let firstAt: number | undefined;
  let overAt: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      firstAt ??= node.range?.[0] ?? 0;
      if (aliases > LIMITS.yamlAliases && overAt === undefined) overAt = node.range?.[0] ?? 0;
    },
  });
  if (overAt !== undefined) {
    return [{ file, line: lineCounter.linePos(overAt).line + lineOffset, message: `uses ${aliases} YAML aliases (*name); at most ${LIMITS.yamlAliases} are allowed in one file (write the values out)` }];
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch {
    // Fewer aliases, nested so that they expand past the limit (yaml counts the expansion).
    const line = firstAt === undefined ? undefined : lineCounter.linePos(firstAt).line + lineOffset;
    return [{ file, ...(line ? { line } : {}), message: `its YAML aliases (*name) expand to more than ${LIMITS.yamlAliases} copies; write the values out` }];
  }
  return {
    data,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}
