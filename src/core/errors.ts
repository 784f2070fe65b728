/**
 * Typed failures. Deep code throws these; only the CLI entry point turns them into exit codes
 * and one-line messages, so no module below `src/cli` ever prints or exits.
 */

/** The command line itself is wrong (unknown option, bad value). Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A known failure the user can fix (missing file, dead Redis, unparsable YAML). Exit 2. */
export class HandledError extends Error {
  override readonly name = 'HandledError';
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
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
