import { describe, expect, it } from 'vitest';
import { author, contentRunner } from '../../../helpers/content-input.ts';

// Author files (src/content/validate/author-files.ts): the id is the file name; the avatar is an image path.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });
const BAD_YAML = '- [\n';
const LONG = 'a'.repeat(65);

describe('author files', () => {
  it('refuse a file name that is not an id, and leave that author out', () => {
    const { model, report } = run({ authors: [author, { path: 'c/authors/Ann_B.yaml', text: 'name: B\n' }] });
    expect(model.authors.map((a) => a.id)).toEqual(['ann']);
    expect(report).toEqual(['c/authors/Ann_B.yaml: file name "Ann_B" is not a valid author id; use lowercase letters, digits and hyphens']);
  });

  it('refuse an id over 64 characters, quoting its start and its length', () => {
    const { model, report } = run({ authors: [author, { path: `c/authors/${LONG}.yaml`, text: 'name: B\n' }] });
    expect(model.authors.map((a) => a.id)).toEqual(['ann']);
    expect(report).toEqual([`c/authors/${LONG}.yaml: file name "${'a'.repeat(20)}…" is 65 characters long; an author id has at most 64`]);
  });

  it('that are not YAML give only the syntax problem', () => {
    const { model, report } = run({ authors: [author, { path: 'c/authors/bo.yaml', text: BAD_YAML }] });
    expect(model.authors.map((a) => a.id)).toEqual(['ann']);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/authors\/bo\.yaml:\d+: invalid YAML: /);
  });

  it('check the avatar path, at its line', () => {
    const { report } = run({ authors: [{ path: 'c/authors/ann.yaml', text: 'name: Ann\navatar: /abs.jpg\n' }] });
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/authors\/ann\.yaml:2: avatar: "\/abs\.jpg" is an absolute path/);
  });
});
