import { ExitCode, HandledError, UsageError, describeError } from '../core/errors.js';
import { processIo, type Io } from '../core/io.js';
import type { Language } from '../report/i18n/index.js';
import { VERSION } from '../version.js';
import { safeOutput } from '../core/safe-output.js';
import { isVersionRequest } from './version-request.js';

/**
 * The only place that maps outcomes to exit codes: 0 clean, 1 problems found, 2 could not run.
 * Commands return their code; typed errors thrown below become one line plus a hint.
 */
export async function main(argv: string[], rawIo: Io = processIo()): Promise<number> {
  const io = withSafeOutput(rawIo);
  if (isVersionRequest(argv)) {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Clean;
  }
  const i18n = await import('../report/i18n/index.js');
  const language = chooseLanguage(argv, io.env, i18n);
  // An unknown --lang value is reported in the locale's language: the admin asked for a language, not for English.
  await i18n.useLanguage(language.tag ?? i18n.languageFromLocale(io.env));
  if (!language.tag) return reportFailure(new UsageError({ code: 'option.language', params: { value: String(language.unknown), known: [...i18n.LANGUAGE_TAGS] } }), io);
  const { Command } = await import('commander');
  const { commands } = await import('./commands.js');
  let exitCode: number = ExitCode.Clean;
  const program = new Command('lc-doctor')
    .description('Configure and diagnose LibreChat deployments.')
    .version(VERSION, '-V, --version')
    .option('--lang <language>', `language of all output: ${i18n.LANGUAGE_TAGS.join(', ')} (default: LC_DOCTOR_LANG, else LC_ALL, LC_MESSAGES or LANG)`)
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .exitOverride();
  for (const define of commands) {
    const command = define((code) => (exitCode = code), io);
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
    program.addCommand(command);
  }
  const help = i18n.words().help;
  if (help) (await import('../report/help/index.js')).applyHelpLanguage(program, help);
  const exitCodeHelp = help?.program.exitCodes ?? EXIT_CODE_HELP;
  for (const command of [program, ...program.commands]) command.addHelpText('after', exitCodeHelp);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return await reportFailure(error, io);
  }
}

/**
 * `--lang` (anywhere on the line, read before commander so `--help` is already translated), else
 * LC_DOCTOR_LANG, else the locale. An unknown value is reported, not silently ignored.
 */
function chooseLanguage(argv: string[], env: NodeJS.ProcessEnv, i18n: typeof import('../report/i18n/index.js')): { tag?: Language; unknown?: string } {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const requested = index < 0 ? env.LC_DOCTOR_LANG || undefined : argv[index]!.includes('=') ? argv[index]!.slice('--lang='.length) : argv[index + 1];
  if (requested === undefined) return { tag: i18n.languageFromLocale(env) };
  const tag = i18n.parseLanguage(requested);
  return tag ? { tag } : { unknown: requested };
}

/** Every byte printed passes `safeOutput`: no escape sequence from outside, no password inside a URL. */
function withSafeOutput(io: Io): Io {
  return { ...io, stdout: (text) => io.stdout(safeOutput(text)), stderr: (text) => io.stderr(safeOutput(text)) };
}

async function reportFailure(error: unknown, io: Io): Promise<number> {
  const { words } = await import('../report/i18n/index.js');
  const { labelled } = await import('../report/shared/label.js');
  const t = words().errors;
  if (isCommanderError(error)) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.Clean;
    if (error.code === 'commander.executeSubCommandAsync') return ExitCode.Clean;
    io.stderr(`lc-doctor: ${t.commander(error.code, error.message.replace(/^error: /, ''))}\n`);
    io.stderr(`${labelled(t.hintLabel, t.usageHint)}\n`);
    return ExitCode.Failure;
  }
  if (error instanceof UsageError || error instanceof HandledError) {
    const { wordProblem } = await import('../report/errors/index.js');
    const worded = wordProblem(error.problem);
    io.stderr(`lc-doctor: ${worded.message}\n`);
    if (worded.hint) io.stderr(`${labelled(t.hintLabel, worded.hint)}\n`);
    return ExitCode.Failure;
  }
  io.stderr(`lc-doctor: ${t.internalError(describeError(error))}\n`);
  io.stderr(`${labelled(t.hintLabel, t.internalErrorHint)}\n`);
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
