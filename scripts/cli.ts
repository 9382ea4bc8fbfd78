// What every newsroom command shares: the project folder, argument parsing and a clear way to fail.
import { parseArgs } from 'node:util';
import type { Problem } from '../src/content/validate/problems.ts';

/** The project root: npm runs scripts there, and tests point it at a scratch copy. */
export function projectDir(): string {
  return process.cwd();
}

/** A mistake in what the user typed or in the content; printed as `tool: message`, no stack. */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * Runs a command's main function: user errors print as one line each and exit 1, anything
 * else (a bug) prints its stack and exits 1, success exits 0.
 */
export async function runCommand(tool: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UserError) {
      for (const line of error.message.split('\n')) console.error(`${tool}: ${line}`);
    } else {
      console.error(`${tool}: unexpected error`, error);
    }
    process.exitCode = 1;
  }
}

/** Options as `node:util` parseArgs takes them. */
type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Parses the command line, turning parseArgs' errors (unknown option, missing value) into user errors. */
export function parseCommandLine<O extends OptionSpec>(options: O, usage: string, args: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}\n${usage}`);
  }
}

/**
 * Shows content problems found in a file that is about to be written as problems with the
 * command line: `flags` maps a field (`category`, `#3.link`, `authors #1`…) to the option it came from
 * ('' for none).
 */
export function problemsAsArguments(problems: readonly Problem[], flags: (field: string) => string | undefined): string {
  return problems
    .map((p) => {
      const flag = p.field === undefined ? '' : (flags(p.field) ?? p.field);
      return flag ? `${flag}: ${p.message}` : p.message;
    })
    .join('\n');
}
