// A Markdown content file (an article, a static page) split into its YAML front matter, parsed
// with line positions, and its body.
import matter from 'gray-matter';
import type { Problem } from './problems.ts';
import type { SourceFile } from './types.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A Markdown file's front matter (YAML source, or its problems) and body; a problem if gray-matter cannot split them. */
export function frontMatter(file: SourceFile): { source: YamlSource | Problem[]; content: string } | Problem {
  let source: YamlSource | Problem[] | undefined;
  try {
    const { content } = matter(file.text, {
      engines: {
        // Parse with YAML 1.2 core so dates stay strings and their offsets can be checked.
        yaml: (text: string) => {
          // gray-matter hands over the text after the opening "---", starting with that line's
          // newline, so YAML line numbers already match the file's.
          source = parseYaml(text, file.path);
          return Array.isArray(source) ? {} : ((source.data ?? {}) as object);
        },
      },
    });
    return { source: source ?? parseYaml('', file.path), content };
  } catch (e) {
    return { file: file.path, message: `unreadable front matter: ${(e as Error).message}` };
  }
}

/** The front matter of a file validated clean before, parsed only when something asks for it. */
export function lazySource(file: SourceFile): YamlSource {
  let parsed: YamlSource | undefined;
  const load = (): YamlSource => {
    if (parsed) return parsed;
    const front = frontMatter(file);
    const source = 'content' in front ? front.source : [front];
    if (Array.isArray(source)) throw new Error(`${file.path}: front matter validated before no longer parses: ${source.map((p) => p.message).join('; ')}`);
    return (parsed = source);
  };
  return {
    get data() {
      return load().data;
    },
    lineOf: (fieldPath) => load().lineOf(fieldPath),
  };
}

/** The line of `text` that the body `content` (as frontMatter split it off) starts on, so body problems point at the writer's line. */
export function bodyStartLine(text: string, content: string): number {
  return text.endsWith(content) ? text.slice(0, text.length - content.length).split('\n').length : 1;
}
