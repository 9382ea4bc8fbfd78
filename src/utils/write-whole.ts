import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `data` to `file` whole: first under a name of this process's own beside it, then
 * renamed into place, so neither a reader nor a crash ever sees half a file, and two processes
 * writing the same file never write into one another's. Creates the folder if need be.
 */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}
