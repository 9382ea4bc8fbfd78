import { LineCounter, parseDocument, type Document } from 'yaml';
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
  return {
    data: doc.toJS({ maxAliasCount: 50 }),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return undefined;
    },
  };
}
