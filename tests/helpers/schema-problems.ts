import type { z } from 'zod';
import { parseYaml, type YamlSource } from '../../src/content/validate/yaml-source.ts';
import { zodProblems } from '../../src/content/validate/zod-problems.ts';

/**
 * A schema run on YAML as a writer types it, in a file named `file`: `data` is the parsed YAML
 * (for `Schema.parse`), and `problems` what the writer reads for it, `field: message` per
 * problem (the build puts the file and line first), through the build's own error wording.
 */
export function schemaRunner(schema: z.ZodType, file: string): { data: (yaml: string) => unknown; problems: (yaml: string) => string[] } {
  const source = (yaml: string) => parseYaml(yaml, file) as YamlSource;
  return {
    data: (yaml) => source(yaml).data,
    problems: (yaml) => {
      const parsed = source(yaml);
      const result = schema.safeParse(parsed.data);
      return result.success ? [] : zodProblems(result.error, schema, file, parsed).map((p) => [p.field, p.message].filter(Boolean).join(': '));
    },
  };
}
