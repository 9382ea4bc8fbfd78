import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYaml, type YamlSource } from '../../../../src/content/validate/yaml-source.ts';
import { zodProblems } from '../../../../src/content/validate/zod-problems.ts';
import { formatProblem } from '../../../../src/content/validate/problems.ts';

/** The problems a writer would read for `yaml` checked against `schema`. */
function report(schema: z.ZodType, yaml: string): string[] {
  const source = parseYaml(yaml, 'f.yaml') as YamlSource;
  const result = schema.safeParse(source.data);
  if (result.success) return [];
  return zodProblems(result.error, schema, 'f.yaml', source).map(formatProblem);
}

const Correction = z.object({ time: z.string(), text: z.string() }).strict();

describe('unknown fields', () => {
  it('list the fields allowed there, inside optional, defaulted and transformed values', () => {
    const schema = z
      .object({
        title: z.string(),
        image: z.object({ src: z.string(), alt: z.string() }).strict().optional(),
        tags: z.object({ main: z.string() }).strict().default({ main: 'x' }),
        note: z.object({ by: z.string() }).strict().nullable(),
        when: z.object({ day: z.string() }).strict().transform((w) => w.day),
      })
      .strict();
    expect(report(schema, 'title: T\nimage:\n  src: a.jpg\n  alt: A\n  size: 3\ntags:\n  main: m\n  extra: 1\nnote:\n  by: B\n  to: C\nwhen:\n  day: D\n  hour: 3\n')).toEqual([
      'f.yaml:5: image.size: unknown field; allowed fields are src, alt',
      'f.yaml:8: tags.extra: unknown field; allowed fields are main',
      'f.yaml:11: note.to: unknown field; allowed fields are by',
      'f.yaml:14: when.hour: unknown field; allowed fields are day',
    ]);
  });

  it('list the fields of a list item, counted from 1', () => {
    const schema = z.object({ corrections: z.array(Correction) }).strict();
    expect(report(schema, 'corrections:\n  - time: t\n    text: x\n  - time: t\n    text: y\n    by: me\n')).toEqual([
      'f.yaml:6: corrections #2.by: unknown field; allowed fields are time, text',
    ]);
  });

  it('in a file that is itself a list, name the item and its allowed fields', () => {
    expect(report(z.array(Correction), '- time: t\n  text: x\n  link: l\n')).toEqual(['f.yaml:3: #1.link: unknown field; allowed fields are time, text']);
  });

  it('say only "unknown field" where the allowed names are not a fixed list', () => {
    const schema = z.object({ names: z.record(z.string(), z.object({ short: z.string() }).strict()) }).strict();
    expect(report(schema, 'names:\n  ar:\n    short: S\n    long: L\n')).toEqual(['f.yaml:4: names.ar.long: unknown field']);
  });
});
