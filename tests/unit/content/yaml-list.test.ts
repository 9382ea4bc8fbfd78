import { describe, expect, it } from 'vitest';
import { appendYamlList } from '../../../src/content/yaml-list.ts';
import { parseYaml } from '../../../src/content/validate/yaml-source.ts';

describe('appendYamlList', () => {
  it('adds items after what is there, leaving comments and quoting alone', () => {
    const existing = "# Today\n- time: 2025-01-14T09:00:00+01:00\n  text: 'First'  # kept\n";
    const text = appendYamlList(existing, [{ time: '2025-01-14T10:00:00+01:00', text: 'Second: with a colon', link: undefined }]);
    expect(text).toBe(`${existing}- time: 2025-01-14T10:00:00+01:00\n  text: "Second: with a colon"\n`);
    const parsed = parseYaml(text, 'x.yaml');
    expect(Array.isArray(parsed) ? parsed : parsed.data).toEqual([
      { time: '2025-01-14T09:00:00+01:00', text: 'First' },
      { time: '2025-01-14T10:00:00+01:00', text: 'Second: with a colon' },
    ]);
  });

  it('adds a missing final newline first, and starts a new file with the header', () => {
    expect(appendYamlList('- a: 1', [{ a: 2 }])).toBe('- a: 1\n- a: 2\n');
    expect(appendYamlList(undefined, [{ a: 1 }], '# Header\n')).toBe('# Header\n- a: 1\n');
  });

  it('writes text that looks like markup or YAML as a plain string', () => {
    const text = appendYamlList(undefined, [{ text: '<b>x</b> & - [y]: z', n: 'null', t: 'true' }]);
    const parsed = parseYaml(text, 'x.yaml');
    expect(Array.isArray(parsed) ? parsed : parsed.data).toEqual([{ text: '<b>x</b> & - [y]: z', n: 'null', t: 'true' }]);
  });
});
