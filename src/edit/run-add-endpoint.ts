import type { Io } from '../cli/io.js';
import { ExitCode, HandledError } from '../core/errors.js';
import { formatAddEndpointJson } from '../report/add-endpoint-json.js';
import { formatNotices, formatOutcome, formatPreamble, formatPrint, type AddEndpointStatus } from '../report/add-endpoint-text.js';
import { createStyle } from '../report/style.js';
import { commitAddEndpoint, prepareAddEndpoint, type AddEndpointOptions } from './prepare-add-endpoint.js';

/** How the run behaves, as opposed to what it writes. */
export interface RunModes {
  dryRun: boolean;
  print: boolean;
  yes: boolean;
  json: boolean;
  /** ANSI colour in text output (the CLI decides: NO_COLOR, FORCE_COLOR, TTY). */
  color: boolean;
}

/** Asks the user a yes/no question on the terminal. */
export type Confirm = (question: string) => Promise<boolean>;

/**
 * add-endpoint from parsed options to exit code: diff first, then ask (or --yes), then write.
 * The outside world is reached only through `io` and `confirm`, both supplied by the CLI.
 */
export async function runAddEndpoint(options: AddEndpointOptions, modes: RunModes, io: Io, confirm: Confirm): Promise<number> {
  const style = createStyle(modes.color);
  const prepared = await prepareAddEndpoint(options, io.cwd);
  const emit = (plan = prepared.plan, status: AddEndpointStatus) =>
    modes.json ? io.stdout(formatAddEndpointJson(prepared, plan, status)) : io.stdout(formatOutcome(plan, status, style));
  if (modes.print) {
    if (modes.json) io.stdout(formatAddEndpointJson(prepared, prepared.plan, 'printed'));
    else {
      io.stdout(formatPrint(prepared));
      // The same warnings as --dry-run and --yes, on stderr so the pasteable text stays clean.
      io.stderr(formatNotices(prepared, style));
    }
    return ExitCode.Clean;
  }
  if (!modes.json) io.stdout(formatPreamble(prepared, style));
  if (prepared.plan.files.length === 0) {
    emit(prepared.plan, 'unchanged');
    return ExitCode.Clean;
  }
  if (modes.dryRun) {
    emit(prepared.plan, 'dry-run');
    return ExitCode.Clean;
  }
  if (!modes.yes) {
    if (!io.stdinIsTTY || !io.isTTY || modes.json) {
      throw new HandledError('not writing without confirmation: no terminal to ask on', 'pass --yes to write, or --dry-run / --print to only look');
    }
    if (!(await confirm('Write these changes? [y/N] '))) {
      emit(prepared.plan, 'declined');
      return ExitCode.Clean;
    }
  }
  const { plan, replanned } = await commitAddEndpoint(prepared, io.cwd);
  if (replanned && !modes.json) io.stdout(`${style.yellow('note:')} the files changed while you looked; the edit was redone on their current content\n`);
  emit(plan, plan.files.length === 0 ? 'unchanged' : 'written');
  return ExitCode.Clean;
}
