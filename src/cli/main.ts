import { ExitCode, HandledError, UsageError, describeError } from '../core/errors.js';
import { processIo, type Io } from '../core/io.js';
import { VERSION } from '../version.js';

/**
 * The only place that maps outcomes to exit codes: 0 clean, 1 problems found, 2 could not run.
 * Commands return their code; typed errors thrown below become one line plus a hint.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // `--version` is what scripts call most; answer it before any command module loads.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Clean;
  }
  const { Command } = await import('commander');
  const { commands } = await import('./commands.js');
  let exitCode: number = ExitCode.Clean;
  const program = new Command('lc-doctor')
    .description('Configure and diagnose LibreChat deployments.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .exitOverride();
  program.addHelpText('after', EXIT_CODE_HELP);

  for (const define of commands) {
    const command = define((code) => (exitCode = code), io);
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
    command.addHelpText('after', EXIT_CODE_HELP);
    program.addCommand(command);
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: Io): number {
  if (isCommanderError(error)) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.Clean;
    if (error.code === 'commander.executeSubCommandAsync') return ExitCode.Clean;
    io.stderr(`lc-doctor: ${error.message.replace(/^error: /, '')}\n`);
    io.stderr(`hint: run 'lc-doctor --help' or 'lc-doctor <command> --help'\n`);
    return ExitCode.Failure;
  }
  if (error instanceof UsageError || error instanceof HandledError) {
    io.stderr(`lc-doctor: ${error.message}\n`);
    if (error.hint) io.stderr(`hint: ${error.hint}\n`);
    return ExitCode.Failure;
  }
  io.stderr(`lc-doctor: internal error: ${describeError(error)}\n`);
  io.stderr('hint: this is a bug in lc-doctor; set LC_DOCTOR_DEBUG=1 for the stack trace and report it\n');
  if (io.env.LC_DOCTOR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.Failure;
}

/** Shared by every command, so it stays true for all of them; a command states its own details above it. */
const EXIT_CODE_HELP = `
Exit codes:
  0  ran: nothing needs your attention
  1  ran: something needs your attention (problems found, restart needed...)
  2  could not run (usage error, unreadable file, unreachable service)`;

/** commander's own errors (loaded lazily, so recognised by their `commander.*` code). */
function isCommanderError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('commander.');
}
