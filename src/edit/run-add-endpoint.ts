import type { Io } from '../core/io.js';
import { ExitCode, HandledError } from '../core/errors.js';
import type { AddEndpointPlan } from './plan-add-endpoint.js';
import { commitAddEndpoint, prepareAddEndpoint, type AddEndpointOptions, type PreparedEdit } from './prepare-add-endpoint.js';

/** How the run behaves, as opposed to what it writes. */
export interface RunModes {
  dryRun: boolean;
  print: boolean;
  yes: boolean;
  json: boolean;
}

/** How a run ends, for the report. */
export type AddEndpointStatus = 'written' | 'unchanged' | 'dry-run' | 'printed' | 'declined';

/** The words and formats of a run, supplied by the CLI from `src/report/add-endpoint/` (text or JSON). */
export interface AddEndpointView {
  /** What will change (diff, notices), shown before asking; empty for JSON. */
  preamble(prepared: PreparedEdit): string;
  /** How the run ended. */
  outcome(prepared: PreparedEdit, plan: AddEndpointPlan, status: AddEndpointStatus): string;
  /** `--print`: what to paste by hand. */
  print(prepared: PreparedEdit): string;
  /** `--print`'s warnings, for stderr (empty for JSON, which carries them). */
  printNotices(prepared: PreparedEdit): string;
  /** The files changed between the diff and the write; the edit was redone. Empty for JSON. */
  replanned(): string;
  /** The yes/no question before writing. */
  question(): string;
}

/** Asks the user a yes/no question on the terminal. */
export type Confirm = (question: string) => Promise<boolean>;

/**
 * add-endpoint from parsed options to exit code: diff first, then ask (or --yes), then write.
 * The outside world is reached only through `io` and `confirm`, both supplied by the CLI.
 */
export async function runAddEndpoint(options: AddEndpointOptions, modes: RunModes, io: Io, view: AddEndpointView, confirm: Confirm): Promise<number> {
  const prepared = await prepareAddEndpoint(options, io.cwd);
  const emit = (plan = prepared.plan, status: AddEndpointStatus) => io.stdout(view.outcome(prepared, plan, status));
  if (modes.print) {
    io.stdout(view.print(prepared));
    // The same warnings as --dry-run and --yes, on stderr so the pasteable text stays clean.
    io.stderr(view.printNotices(prepared));
    return ExitCode.Clean;
  }
  io.stdout(view.preamble(prepared));
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
      throw new HandledError({ code: 'option.no-confirmation', params: { command: 'add-endpoint' } });
    }
    if (!(await confirm(view.question()))) {
      emit(prepared.plan, 'declined');
      return ExitCode.Clean;
    }
  }
  const { plan, replanned } = await commitAddEndpoint(prepared, io.cwd);
  if (replanned) io.stdout(view.replanned());
  emit(plan, plan.files.length === 0 ? 'unchanged' : 'written');
  return ExitCode.Clean;
}
