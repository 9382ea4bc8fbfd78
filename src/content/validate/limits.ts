// The input policy's limits, in one object: the schemas, the validator, the file reader and the
// image service read them from here (directly, or through input-policy.ts, the policy's entry
// file, which re-exports them).

/** Every limit of the policy; the "Limits" table of docs/writers-guide.md mirrors it. */
export const LIMITS = {
  /** Headline, in characters. */
  title: 200,
  /** Summary, in characters. */
  summary: 600,
  /** One tag, in characters. */
  tag: 60,
  /** Tags per article. */
  tags: 30,
  /** Ids: article slugs (file names), category and author ids, comment ids. */
  id: 64,
  /** A brief's text, in characters. */
  brief: 500,
  /** A category or author name, a link label. */
  name: 100,
  /** A description, bio, caption, credit, alt text or correction. */
  note: 1000,
  /** An article body, in characters. */
  body: 300_000,
  /** Any content text file (Markdown, YAML), in bytes. */
  fileBytes: 1_000_000,
  /** A URL in front matter or YAML, in characters. */
  url: 2000,
  /** Blockquotes and list items nested in a body; emphasis nested in a paragraph. */
  markdownDepth: 32,
  /** Raw HTML elements nested in a body. */
  htmlDepth: 64,
  /** Replies to replies in one comment thread. */
  replyDepth: 12,
  /** YAML aliases (`*name`) in one file. */
  yamlAliases: 50,
  /** Pixels of an image (width × height × frames). */
  imagePixels: 40_000_000,
  /** Bytes of a name that becomes a file name in the output (slug, id, tag, image name). */
  fileNameBytes: 200,
} as const;
