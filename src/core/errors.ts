import type { Problem } from './problems.js';

export type { Problem } from './problems.js';

/**
 * Typed failures. Deep code throws these; only the CLI entry point turns them into exit codes
 * and one-line messages, so no module below `src/cli` ever prints or exits.
 */

/**
 * The command line itself is wrong (unknown option, bad value). Exit 2. It carries a `Problem`:
 * a code and its parameters, worded with a hint by `src/report/locales/<language>/problems.ts`.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(readonly problem: Problem) {
    super(describeProblem(problem));
  }
}

/** A known failure the user can fix (missing file, dead Redis, unparsable YAML). Exit 2. See `UsageError`. */
export class HandledError extends Error {
  override readonly name = 'HandledError';
  constructor(
    readonly problem: Problem,
    options?: { cause?: unknown },
  ) {
    super(describeProblem(problem), options);
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
