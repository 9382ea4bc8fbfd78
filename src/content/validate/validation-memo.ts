import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from './problems.ts';

// Validating an article (its front matter parsed with line positions, its schema, its body's
// images) took ~2.5 s of the build's main thread for 10,000 articles, on every build, for files
// that had not changed. The memo keeps what validation found in each clean article between
// builds, under a hash of the file's path and text, and is thrown away whole when its salt
// changes: the code that validates (schemas, limits, the validator and all it imports, the
// lockfile), the content folder, the site's time zone or the Node version (whose time-zone data
// the offset warnings use). What validation asked outside the file (does an image exist, what
// its bytes are) is recorded with the answer and asked again: an entry whose answers changed is
// validated afresh. An article with problems is never remembered, so every problem is found
// again by the run that reports it.

/** A question validation asked outside the file (`exists` or `image` of a project path) and its answer. */
type Query = [kind: 'exists' | 'image', projectPath: string, answer: string];

/** A cross-file reference an article makes (its section, its authors), checked after every file is read. */
export interface RememberedReference {
  kind: 'category' | 'author';
  id: string;
  fieldPath: Array<string | number>;
}

/** What validation found in one clean article. */
export interface RememberedArticle {
  /** The front matter as YAML read it. */
  raw: Record<string, unknown>;
  /** The front matter as the schema made it (dates as Date). */
  data: unknown;
  /** Where the Markdown body starts in the file's text. */
  bodyStart: number;
  /** The file's warnings (never fatal). */
  warnings: Problem[];
  references: RememberedReference[];
}

interface Entry extends RememberedArticle {
  queries: Query[];
}

/** The questions validation may ask outside a file. */
export interface Outside {
  fileExists: (projectPath: string) => boolean;
  inspectImage?: ((projectPath: string) => unknown) | undefined;
}

const FORMAT = 1;

/** The memo's file in Astro's cache folder (`npm run build -- --force` deletes it). */
export function validationMemoFile(cacheDir: string): string {
  return path.join(cacheDir, 'newsroom-validation.bin');
}

/** Clean articles' validation, carried from one build to the next (see the top of this file). */
export class ValidationMemo {
  readonly #salt: string;
  readonly #earlier: Map<string, Entry>;
  /** What this run found or confirmed: all the next run may use. */
  readonly #kept = new Map<string, Entry>();

  constructor(salt: string, earlier: Map<string, Entry> = new Map()) {
    this.#salt = salt;
    this.#earlier = earlier;
  }

  /** The memo stored in `file` if it was written with the same salt; an empty one otherwise. */
  static read(file: string, salt: string): ValidationMemo {
    try {
      const stored = deserialize(readFileSync(file)) as { format: number; salt: string; entries: Array<[string, Entry]> };
      if (stored.format === FORMAT && stored.salt === salt) return new ValidationMemo(salt, new Map(stored.entries));
    } catch {
      // Missing, cut short or from another Node: validate everything.
    }
    return new ValidationMemo(salt);
  }

  /** What validation found in `file` last time, if its text and every answer from outside are unchanged. */
  recall(file: { path: string; text: string }, outside: Outside): RememberedArticle | undefined {
    const key = keyOf(file);
    const entry = this.#earlier.get(key);
    if (!entry || !entry.queries.every(([kind, p, answer]) => ask(outside, kind, p) === answer)) return undefined;
    this.#kept.set(key, entry);
    return entry;
  }

  /** `outside` with every question and answer written down, for `remember`. */
  watch<T extends Outside>(outside: T): { outside: T; queries: Query[] } {
    const queries: Query[] = [];
    const watched = {
      ...outside,
      fileExists: (p: string) => {
        const found = outside.fileExists(p);
        queries.push(['exists', p, String(found)]);
        return found;
      },
      inspectImage: (p: string) => {
        const facts = outside.inspectImage?.(p);
        queries.push(['image', p, JSON.stringify(facts) ?? 'none']);
        return facts;
      },
    };
    return { outside: watched, queries };
  }

  /** Keeps what validation found in a clean `file`, with the questions it asked (from `watch`). */
  remember(file: { path: string; text: string }, found: RememberedArticle, queries: Query[]): void {
    this.#kept.set(keyOf(file), { ...found, queries });
  }

  /** The articles this run validated or recalled, as the bytes of the memo's file; taken at once, before anything can change them. */
  serialize(): Buffer {
    return serialize({ format: FORMAT, salt: this.#salt, entries: [...this.#kept] });
  }
}

function keyOf(file: { path: string; text: string }): string {
  return createHash('sha256').update(file.path).update('\0').update(file.text).digest('base64');
}

function ask(outside: Outside, kind: Query[0], p: string): string {
  if (kind === 'exists') return String(outside.fileExists(p));
  return JSON.stringify(outside.inspectImage?.(p)) ?? 'none';
}
