// The Markdown body of an article or static page: what the HTML sanitizer cannot fix quietly.
import type { Definition, Image, Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import path from 'node:path/posix';
import { FORBIDDEN_CHARS, forbiddenCharIn } from '../../schemas/common.ts';
import { IMAGE_EXTENSIONS, checkImagePath } from './image-paths.ts';
import { bodyProblem, rawImageSources, remoteImageProblem } from './input-policy.ts';
import type { Problem } from './problems.ts';
import type { ValidateOptions } from './types.ts';

/**
 * Problems in a body that the HTML sanitizer cannot fix quietly: invisible control characters
 * (they corrupt feeds) and Markdown images that are not repository files (remote, `data:`,
 * `javascript:` or `../` outside the content folder). `firstLine` is the body's line in `file`.
 */
export function checkBody(body: string, firstLine: number, file: string, root: string, options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  // Input policy first: a body too long or too deep is not split, scanned or parsed any further.
  const tooBig = bodyProblem(body);
  if (tooBig) return [{ file, line: firstLine + tooBig.line - 1, message: tooBig.message }];
  body.split('\n').forEach((text, i) => {
    if (FORBIDDEN_CHARS.test(text)) {
      problems.push({ file, line: firstLine + i, message: `the text contains the invisible control character ${forbiddenCharIn(text)}; retype the line without it` });
    }
  });
  // Every image form starts with `![` (inline and reference) or `<img` (raw HTML): a body with
  // neither cannot hold a bad image, and skipping its parse halves validation time on an archive.
  if (!body.includes('![') && !/<img/i.test(body)) return problems;
  const tree: MdastRoot = fromMarkdown(body);
  const definitions = new Map<string, Definition>();
  const referenced = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if (node.type === 'imageReference') referenced.add(node.identifier);
  });
  const check = (node: Image | Definition) => {
    const bad = checkImagePath(node.url, file, root, options);
    if (bad) problems.push({ file, line: firstLine + (node.position?.start.line ?? 1) - 1, message: `image ${bad}` });
  };
  visit(tree, 'image', check);
  // Raw HTML images too: one from another host would lose its src to the sanitizer, one to a
  // missing file would be a broken picture; both are reported at their line. (Other raw-HTML
  // tricks are left to the sanitizer.)
  visit(tree, 'html', (node) => {
    for (const match of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"\s*([^"]*?)\s*"|'\s*([^']*?)\s*'|([^\s"'>]+))/gi)) {
      // Decoded as a browser decodes it (`&#9;`, `&#92;`), for the input policy's reading below.
      const src = rawImageSources(`${match[0]}>`)[0] ?? match[1] ?? match[2] ?? match[3] ?? '';
      // Checked: addresses on another host, and paths to an image file next to the article. Left
      // alone: site paths (`/favicon.svg`, from public/) and anything else (`javascript:`, text
      // that only looks like a tag), which the sanitizer deals with.
      // Remote also as a browser reads it (input policy): `\\host/`, `/\host/`, a tab between the slashes.
      const remote = /^(?:https?:)?\/\//i.test(src) || (!/^[a-z][a-z0-9+.-]*:/i.test(src) && !!remoteImageProblem(src));
      const local = !/^[a-z][a-z0-9+.-]*:|^\//i.test(src) && IMAGE_EXTENSIONS.has(path.extname(src).toLowerCase());
      if (!remote && !local) continue;
      const bad = checkImagePath(src, file, root, options);
      const lineInNode = node.value.slice(0, match.index).split('\n').length - 1;
      if (bad) problems.push({ file, line: firstLine + (node.position?.start.line ?? 1) - 1 + lineInNode, message: `image ${bad}` });
    }
  });
  for (const id of referenced) {
    const def = definitions.get(id);
    if (def) check(def);
  }
  return problems;
}
