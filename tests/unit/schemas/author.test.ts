import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { AuthorSchema } from '../../../src/schemas/author.ts';

// The schema alone, on an author file as a writer types it (content/authors/<id>.yaml).
const Schema = AuthorSchema();
const { data, problems } = schemaRunner(Schema, 'ann.yaml');

describe('AuthorSchema', () => {
  it('needs only a name; a bio, avatar and https or mailto links are kept', () => {
    expect(Schema.parse(data('name: Ann\n'))).toEqual({ name: 'Ann', links: [] });
    expect(Schema.parse(data('name: Ann\nbio: Reports on ports.\navatar: ./ann.jpg\nlinks:\n  - label: Mastodon\n    url: https://m.example/@ann\n  - label: Email\n    url: mailto:ann@example.org\n'))).toEqual({
      name: 'Ann', bio: 'Reports on ports.', avatar: './ann.jpg',
      links: [{ label: 'Mastodon', url: 'https://m.example/@ann' }, { label: 'Email', url: 'mailto:ann@example.org' }],
    });
  });

  it('refuses a link a reader should not be sent to, saying why', () => {
    expect(problems('name: Ann\nlinks:\n  - label: Web\n    url: http://m.example/\n  - label: JS\n    url: "javascript:alert(1)"\n  - label: Mail\n    url: mailto:nobody\n  - label: Slash\n    url: "https:\\\\evil.example/"\n')).toEqual([
      'links #1.url: expected an https:// or mailto: address, found string "http://m.example/" (it uses the scheme "http:")',
      'links #2.url: expected an https:// or mailto: address, found string "javascript:alert(1)" (it uses the scheme "javascript:")',
      'links #3.url: expected an https:// or mailto: address, found string "mailto:nobody" (it expected mailto:name@host)',
      'links #4.url: expected an https:// or mailto: address, found string "https:\\\\evil.example/" (it contains "\\", which browsers read as "/" and other programs as part of the host)',
    ]);
  });

  it('names a missing name or label, an unknown field and links that are not a list', () => {
    expect(problems('bio: Hi\nemail: ann@example.org\nlinks:\n  - url: https://x.example/\n')).toEqual([
      'name: expected text, found nothing (the field is missing)',
      'links #1.label: expected text, found nothing (the field is missing)',
      'email: unknown field; allowed fields are name, bio, avatar, links',
    ]);
    expect(problems('name: Ann\nlinks: https://x.example\n')).toEqual(['links: expected a list of { label, url }, found string "https://x.example"']);
  });

  it('says what an author file holds when it holds nothing', () => {
    expect(problems('')).toEqual(['expected { name, bio?, avatar?, links? }, found an empty value']);
  });
});
