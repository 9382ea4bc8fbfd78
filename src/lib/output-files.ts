import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, relative to it, with `/`, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The text of every `.html` file in `files` (relative to `dir`). */
export async function readHtml(dir: string, files: readonly string[]): Promise<Map<string, string>> {
  const html = files.filter((f) => f.endsWith('.html'));
  const texts = await Promise.all(html.map((f) => readFile(path.join(dir, f), 'utf8')));
  return new Map(html.map((f, i) => [f, texts[i]!]));
}

/** The `from to` pairs of a `_redirects` file (comments and blank lines skipped). */
export function parseRedirectLines(text: string): Array<{ from: string; to: string }> {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [from = '', to = ''] = l.split(/\s+/);
      return { from, to };
    });
}
