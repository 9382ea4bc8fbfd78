/** One thing wrong with the content, located as precisely as we can. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path, list items counted from 1, e.g. `image.alt` or `#3.link`, when the problem is in one field. */
  field?: string;
  /** What was found and what is allowed. */
  message: string;
}

/** `file:line: field: message`, the format editors and CI annotate from. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** Error thrown when content is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  /** Every problem found in the run. */
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const n = problems.length;
    super(
      `[content] ${n} problem${n === 1 ? '' : 's'} in the content; nothing was published:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The list is the whole story: no stack trace of our loader under it (Astro prints one for
    // any error that has a stack).
    this.stack = '';
  }

  /**
   * The first line only. Astro picks its hint from this text, and a writer's "window" or
   * "document" in a problem would earn one about browser APIs on the server.
   */
  override toString(): string {
    return `${this.name}: ${this.message.split('\n')[0]}`;
  }
}

/** Sorts problems by file, then line, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
