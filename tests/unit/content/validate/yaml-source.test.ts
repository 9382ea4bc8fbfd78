import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../../src/content/validate/yaml-source.ts';
import { LIMITS } from '../../../../src/content/validate/input-policy.ts';

describe('YAML aliases', () => {
  // Few aliases, each expanding the one before tenfold (a "billion laughs" file in small): under
  // the count limit, but the copies they expand to are far over it.
  const nested =
    'a: &a [x, x, x, x, x, x, x, x, x, x]\n' +
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
    'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';

  it('refuses aliases that expand past the limit, at the line of the first alias', () => {
    expect(20).toBeLessThanOrEqual(LIMITS.yamlAliases);
    expect(parseYaml(nested, 'f.yaml')).toEqual([
      { file: 'f.yaml', line: 2, message: `its YAML aliases (*name) expand to more than ${LIMITS.yamlAliases} copies; write the values out` },
    ]);
  });

  it('counts that line in the whole file when the YAML starts further down (front matter)', () => {
    expect(parseYaml(nested, 'a.md', 1)).toEqual([
      { file: 'a.md', line: 3, message: `its YAML aliases (*name) expand to more than ${LIMITS.yamlAliases} copies; write the values out` },
    ]);
  });

  it('reads a few aliases as the values they name', () => {
    const source = parseYaml('a: &a [x, y]\nb: *a\n', 'f.yaml');
    expect(Array.isArray(source)).toBe(false);
    expect(!Array.isArray(source) && source.data).toEqual({ a: ['x', 'y'], b: ['x', 'y'] });
  });
});
