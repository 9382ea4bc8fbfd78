import { describe, expect, it } from 'vitest';
import { noteReference, problemAt, rawAt, type Findings } from '../../../../src/content/validate/findings.ts';
import { formatProblem } from '../../../../src/content/validate/problems.ts';
import { validateContent, type ContentInput } from '../../../../src/content/validate/validate.ts';
import { parseYaml, type YamlSource } from '../../../../src/content/validate/yaml-source.ts';
import { article, author, now } from '../../../helpers/content-input.ts';

// The helpers every file parser shares (src/content/validate/findings.ts): where a problem is,
// what a raw value holds, the references and time-offset warnings they note.
const categories = { path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' };
const yaml = (text: string) => parseYaml(text, 'c/authors/ann.yaml') as YamlSource;

describe('problemAt', () => {
  it("gives the field's line and its name as a writer reads it, list items counted from 1", () => {
    const source = yaml('name: Ann\nlinks:\n  - { label: Site, url: x }\n  - { label: Mail, url: y }\n');
    expect(formatProblem(problemAt('c/authors/ann.yaml', source, ['links', 1, 'url'], 'bad'))).toBe('c/authors/ann.yaml:4: links #2.url: bad');
  });

  it('falls back to the nearest line that exists for a missing field, and names no field for the whole file', () => {
    const source = yaml('name: Ann\nimage:\n  src: ./a.jpg\n');
    expect(formatProblem(problemAt('c/authors/ann.yaml', source, ['image', 'alt'], 'missing'))).toBe('c/authors/ann.yaml:3: image.alt: missing');
    expect(problemAt('c/authors/ann.yaml', source, [], 'whole file')).toEqual({ file: 'c/authors/ann.yaml', line: 1, message: 'whole file' });
  });
});

describe('raw values and references', () => {
  it('reads a raw value along a path, and nothing where the shape does not allow it', () => {
    const raw = { authors: ['ann', 3], image: 'not-a-mapping' };
    expect(rawAt(raw, ['authors', 0])).toBe('ann');
    expect(rawAt(raw, ['image', 'src'])).toBeUndefined();
    expect(rawAt(null, ['authors'])).toBeUndefined();
  });

  it('notes a reference only where the raw value is text, so a wrong type is not also an unknown id', () => {
    const source = yaml('authors: [ann, 3]\n');
    const findings: Findings = { problems: [], warnings: [], references: [] };
    noteReference(findings, 'author', 'c/articles/a.md', source, source.data, ['authors', 0]);
    noteReference(findings, 'author', 'c/articles/a.md', source, source.data, ['authors', 1]);
    expect(findings.references.map((r) => [r.kind, r.id, r.fieldPath])).toEqual([['author', 'ann', ['authors', 0]]]);
  });
});

describe('time offsets', () => {
  it("warns, without failing, about times whose offset is not the site zone's at that moment", () => {
    const input: ContentInput = {
      root: 'c',
      authors: [author],
      categories,
      // Casablanca is at +01:00 in January 2025 and at +00:00 in November 2026 (Node 24's time-zone data).
      articles: [article('winter', 'title: T\nsummary: S\npublished: 2026-11-24T09:30:00+01:00\nupdated: 2026-11-24T13:05:00+00:00\ncategory: news')],
      briefs: [{ path: 'c/briefs/day.yaml', text: '- time: 2025-01-14T09:00:00+01:00\n  text: Right offset.\n- time: 2025-01-14T23:30:00+00:00\n  text: Next day for readers.\n- time: 2025-01-14T09:00:00Z\n  text: UTC on purpose.\n' }],
    };
    const { problems, warnings } = validateContent(input, { now, fileExists: () => false, timeZone: 'Africa/Casablanca' });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'c/articles/winter.md:4: published: 2026-11-24T09:30:00+01:00 has the offset +01:00, but Africa/Casablanca is at +00:00 at that moment, so readers will see 08:30; if 09:30 (Africa/Casablanca time) is meant, write 2026-11-24T09:30:00+00:00',
      'c/briefs/day.yaml:3: #2.time: 2025-01-14T23:30:00+00:00 has the offset +00:00, but Africa/Casablanca is at +01:00 at that moment, so readers will see 15 January 2025, 00:30; if 23:30 (Africa/Casablanca time) is meant, write 2025-01-14T23:30:00+01:00',
    ]);
    // Without a zone (the writers' commands' own checks), nothing is said.
    expect(validateContent(input, { now, fileExists: () => false }).warnings).toEqual([]);
  });
});
