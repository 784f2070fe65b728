import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { LocatedCheck } from '../models/report.js';
import type { CheckModelsReport } from '../models/report.js';
import type { RuntimeSummary, ValidateReport } from '../validate/report.js';

/** Bumped whenever the JSON shape of a doctor report changes incompatibly. */
export const DOCTOR_SCHEMA_VERSION = 1;

/** Which single command reports a finding (`lc-doctor <command>` shows the same fact). */
export type DoctorSource = 'validate' | 'check-models' | 'probe';

/** One cause, however many commands noticed it. Plain data: src/report/doctor words it. */
export interface DoctorFinding {
  /** The cause, identical for every command that reports it (the dedupe key). */
  fact: string;
  severity: Severity;
  /** Where it should be fixed first (lower first); see `rankOf`. */
  stage: DoctorStage;
  reportedBy: DoctorSource[];
  location?: { file: string; line: number; column: number };
  /** validate's finding, when validate reports it (its words win: they carry the fix). */
  diagnostic?: Diagnostic;
  /** check-models' or the probe's line, when they report it. */
  check?: LocatedCheck;
}

/**
 * What to fix first: what stops Compose or LibreChat from starting, then what LibreChat reads
 * wrongly, then which models do not show, then what the probe saw, then the cache.
 */
export type DoctorStage = 'start' | 'config' | 'env' | 'endpoints' | 'models' | 'probe' | 'cache';
export const STAGE_ORDER: readonly DoctorStage[] = ['start', 'config', 'env', 'endpoints', 'models', 'probe', 'cache'];

export interface DoctorReport {
  schemaVersion: typeof DOCTOR_SCHEMA_VERSION;
  target: ValidateReport['target'];
  files: ValidateReport['files'];
  runtime: RuntimeSummary;
  /** validate's verdict of what LibreChat itself will do with the files (start, refuse, ignore). */
  librechat: ValidateReport['librechat'];
  findings: DoctorFinding[];
  totals: { errors: number; warnings: number; infos: number };
  cache: CheckModelsReport['cache'];
  probe: CheckModelsReport['probe'];
  /** `ENDPOINTS`-visible endpoints and models, from check-models. */
  summary: CheckModelsReport['summary'];
  /** Source texts with secrets masked, for code frames (from validate). */
  sources: Record<string, string>;
  /** 0 nothing to fix, 1 at least one error. */
  exitCode: 0 | 1;
}
