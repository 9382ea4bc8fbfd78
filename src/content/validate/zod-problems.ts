import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = ReadonlyArray<PropertyKey>;

/**
 * `image.alt`, `authors #2`, `#4.link`: the path as a writer reads it, list items counted from 1
 * as editors count (the second author is `authors #2`; the fourth brief of a file is `#4`).
 */
export function fieldName(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `${i === 0 ? '' : ' '}#${key + 1}` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Turns a failed zod parse into problems, one per issue, located in the YAML source. */
export function zodProblems(
  error: z.ZodError,
  schema: z.ZodType,
  file: string,
  source: YamlSource,
  basePath: Path = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        problems.push(locate(file, source, keyPath, `unknown field${allowed ? `; allowed fields are ${allowed.join(', ')}` : ''}`));
      }
      continue;
    }
    problems.push(locate(file, source, path, issue.message));
  }
  return problems;
}

function locate(file: string, source: YamlSource, path: Path, message: string): Problem {
  const yamlPath = path.filter((k): k is string | number => typeof k !== 'symbol');
  const line = source.lineOf(yamlPath);
  return { file, ...(line ? { line } : {}), ...(path.length ? { field: fieldName(path) } : {}), message };
}

/** Field names the object schema at `path` accepts, for "did you mean" style messages. */
function allowedKeys(schema: z.ZodType, path: Path): string[] | undefined {
  let node: unknown = schema;
  const steps = [...path];
  for (;;) {
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return undefined;
    if (def['type'] === 'optional' || def['type'] === 'default' || def['type'] === 'nullable') node = def['innerType'];
    else if (def['type'] === 'pipe') node = def['in'];
    else if (def['type'] === 'array') {
      if (typeof steps[0] === 'number') steps.shift();
      node = def['element'];
    } else if (def['type'] === 'object') {
      const shape = def['shape'] as Record<string, unknown>;
      const key = steps.shift();
      if (key === undefined) return Object.keys(shape);
      node = shape[String(key)];
    } else return undefined;
  }
}
