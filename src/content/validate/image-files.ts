// Image files judged by their bytes (sharp's header read), not their names: a file that is
// empty, not an image, another format than its extension says, or too many pixels to decode.
import { LIMITS } from './limits.ts';

/** What an image file's bytes say it is (from sharp's header read), for {@link imageFileProblem}. */
export interface ImageFacts {
  /** Bytes on disk. */
  size: number;
  /** sharp's format name (`jpeg`, `png`, `webp`, `gif`, `heif`, `svg`, …), or undefined when sharp knows none. */
  format?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  /** Frames of an animation (default 1). */
  pages?: number | undefined;
  /** Why sharp could not read the header, when it could not. */
  error?: string | undefined;
}

/** The formats each image extension may hold. */
const FORMATS: Record<string, readonly string[]> = {
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.png': ['png'],
  '.webp': ['webp'],
  '.gif': ['gif'],
  '.avif': ['heif'],
};

/** Why an image file cannot be published, judged by its bytes rather than its name, or undefined. */
export function imageFileProblem(name: string, facts: ImageFacts): string | undefined {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  const allowed = FORMATS[ext];
  if (!allowed) return undefined;
  const kind = ext === '.jpg' || ext === '.jpeg' ? 'JPEG' : ext.slice(1).toUpperCase();
  if (facts.size === 0) return `"${name}" is empty (0 bytes); expected a ${kind} image`;
  if (!facts.format) return `"${name}" is not an image (its bytes are no format sharp reads); expected a ${kind} image`;
  if (!allowed.includes(facts.format)) return `"${name}" holds ${facts.format.toUpperCase()} data, not ${kind}; save it as a real ${kind} file`;
  const pixels = (facts.width ?? 0) * (facts.height ?? 0) * (facts.pages ?? 1);
  if (pixels > LIMITS.imagePixels) {
    return `"${name}" is ${facts.width}×${facts.height}${(facts.pages ?? 1) > 1 ? ` × ${facts.pages} frames` : ''} pixels; at most ${LIMITS.imagePixels / 1e6} million pixels are allowed (scale it down)`;
  }
  return undefined;
}
