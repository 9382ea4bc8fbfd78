// Where an image named in content may come from: a file of the repository, inside the content
// folder, of a format pages can show, that exists and whose bytes match its name. Used for lead
// images, body images and author avatars alike.
import path from 'node:path/posix';
import { fileNameProblem, imageFileProblem, remoteImageProblem } from './input-policy.ts';
import type { ValidateOptions } from './types.ts';

/** The extensions an image file may have; its bytes are checked against them (imageFileProblem). */
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

/** Why an image path is unusable, or undefined when it is fine. */
export function checkImagePath(src: string, ownerFile: string, root: string, options: ValidateOptions): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return `"${src}" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)`;
  }
  if (src.startsWith('/') && !remoteImageProblem(src)) return `"${src}" is an absolute path; give it relative to this file (e.g. ./photo.jpg)`;
  const remote = remoteImageProblem(src);
  if (remote) return remote;
  const resolved = path.normalize(path.join(path.dirname(ownerFile), src));
  if (!resolved.startsWith(`${root}/`)) return `"${src}" points outside the ${root}/ folder`;
  const ext = path.extname(resolved).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) return `"${src}" is not a supported image; use ${[...IMAGE_EXTENSIONS].join(', ')}`;
  const badName = fileNameProblem(path.basename(resolved));
  if (badName) return `"${src}": the file name ${badName}`;
  if (!options.fileExists(resolved)) return `file "${src}" does not exist (looked for ${resolved})`;
  const facts = options.inspectImage?.(resolved);
  return facts ? imageFileProblem(src, facts) : undefined;
}
