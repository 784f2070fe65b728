import type { Problem } from './problems.js';

export type { Problem } from './problems.js';

/**
 * Typed failures. Deep code throws these; only the CLI entry point turns them into exit codes
 * and one-line messages, so no module below `src/cli` ever prints or exits.
 */

/**
 * The command line itself is wrong (unknown option, bad value). Exit 2. Pass a `Problem` (a code
 * and its parameters, worded by `src/report/locales/<language>/errors.ts`); a plain English
 * message is the older form, shown as is in every language.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly problem?: Problem;
  constructor(
    message: string | Problem,
    readonly hint?: string,
  ) {
    super(typeof message === 'string' ? message : describeProblem(message));
    if (typeof message !== 'string') this.problem = message;
  }
}

/** A known failure the user can fix (missing file, dead Redis, unparsable YAML). Exit 2. See `UsageError` for `Problem`. */
export class HandledError extends Error {
  override readonly name = 'HandledError';
  readonly problem?: Problem;
  constructor(
    message: string | Problem,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(typeof message === 'string' ? message : describeProblem(message), options);
    if (typeof message !== 'string') this.problem = message;
  }
}

/** For logs and `describeError` only (language-neutral): the code and its parameters. */
function describeProblem(problem: Problem): string {
  return `${problem.code} ${JSON.stringify(problem.params)}`;
}

/** Exit codes shared by every command. */
export const ExitCode = {
  /** Ran and found nothing that fails the run. */
  Clean: 0,
  /** Ran and found problems. */
  Problems: 1,
  /** Could not run: usage error, unreadable input, unreachable service. */
  Failure: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A short, single-line description of any thrown value (never a stack trace). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
