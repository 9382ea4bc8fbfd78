// The input policy for the content folder as files (src/content/validate/input-policy.ts has the rules):
// only regular files, inside the folder, of a bounded size, and images whose bytes are what
// their names say. In: the content folder. Out: problems (never a file's contents) and what
// each image's header says. Called by readContentFiles (src/content/source.ts), so
// `npm run check`, the writers' commands and the build see the same files.
import { constants, type Dirent } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { LIMITS, type ImageFacts } from './validate/input-policy.ts';
import type { Problem } from './validate/problems.ts';
import { mapLimited } from '../utils/map-limited.ts';

/** What the scan of a content folder found. */
export interface ContentFiles {
  /** Files that are not regular files (symbolic links, devices, pipes), as problems. */
  problems: Problem[];
  /** Every regular image file (by extension), keyed by project path, with what its bytes say. */
  images: Map<string, ImageFacts>;
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;

/** Why a directory entry is not a regular file, or undefined for a regular file or folder. */
function entryProblem(entry: Dirent): string | undefined {
  if (entry.isSymbolicLink()) return 'is a symbolic link; content must be regular files inside the content folder (copy the file in instead of linking it)';
  if (entry.isFile() || entry.isDirectory()) return undefined;
  const kind = entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device file';
  return `is ${kind}, not a regular file; content must be regular files`;
}

/**
 * Scans `root` (relative to `projectDir`) without following any link, and reads every image
 * header. `skip`: top-level folders of `root` left out (a live build leaves out `articles` and
 * `comments`, which the last full build scanned and which have not changed since).
 */
export async function scanContentFiles(projectDir: string, root: string, skip: readonly string[] = []): Promise<ContentFiles> {
  const problems: Problem[] = [];
  const images = new Map<string, ImageFacts>();
  const rel = (abs: string) => path.relative(projectDir, abs).split(path.sep).join('/');
  let entries: Dirent[];
  try {
    const top = path.join(projectDir, root);
    if (skip.length === 0) entries = await readdir(top, { recursive: true, withFileTypes: true });
    else {
      // The top level without the skipped folders, then everything inside the other folders.
      const kept = (await readdir(top, { withFileTypes: true })).filter((e) => !(e.isDirectory() && skip.includes(e.name)));
      const inside = await Promise.all(kept.filter((e) => e.isDirectory()).map((e) => readdir(path.join(top, e.name), { recursive: true, withFileTypes: true })));
      entries = [...kept, ...inside.flat()];
    }
  } catch {
    return { problems, images };
  }
  const imagePaths: string[] = [];
  for (const entry of entries) {
    const file = rel(path.join(entry.parentPath, entry.name));
    const bad = entryProblem(entry);
    if (bad) problems.push({ file, message: bad });
    else if (entry.isFile() && IMAGE_FILE.test(entry.name)) imagePaths.push(file);
  }
  await mapLimited(imagePaths, 8, async (p) => {
    images.set(p, await imageFacts(path.join(projectDir, p)));
  });
  return { problems, images };
}

/** What an image file's header says (sharp reads the header only; nothing is decoded). */
export async function imageFacts(absPath: string): Promise<ImageFacts> {
  const handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW);
  const { size } = await handle.stat().finally(() => handle.close());
  if (size === 0) return { size };
  const read = async (limitInputPixels: number | false): Promise<ImageFacts> => {
    const m = await sharp(absPath, { limitInputPixels, failOn: 'none' }).metadata();
    return { size, format: m.format, width: m.width, height: m.pageHeight ?? m.height, pages: m.pages ?? 1 };
  };
  try {
    return await read(LIMITS.imagePixels);
  } catch (error) {
    const message = (error as Error).message;
    // sharp refuses the header of an image over the limit; read it once more, without the
    // limit (the header only, nothing is decoded), to say how large it is.
    if (/pixel limit/i.test(message)) return await read(false).catch(() => ({ size, error: message }));
    return { size, error: message };
  }
}

/**
 * Reads a content text file without following a link, refusing anything that is not a regular
 * file of at most {@link LIMITS.fileBytes} bytes: the problem never quotes the file.
 */
export async function readContentText(absPath: string, file: string): Promise<{ text: string } | { problem: Problem }> {
  let handle;
  try {
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: { file, message: 'is a symbolic link; content must be regular files inside the content folder (copy the file in instead of linking it)' } };
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: { file, message: 'is not a regular file; content must be regular files' } };
    if (stat.size > LIMITS.fileBytes) return { problem: { file, message: `is ${stat.size} bytes; a content file may have at most ${LIMITS.fileBytes} bytes` } };
    return { text: await handle.readFile('utf8') };
  } finally {
    await handle.close();
  }
}
