import type { VersionSource } from '../librechat/index.js';
import type { Problem } from '../core/problems.js';
import type { SourceRange } from '../core/diagnostic.js';
import type { RuntimeSummary } from '../config/runtime.js';
import type { ModelCheck } from './checks.js';
import type { EndpointResolution } from './types.js';
import type { WhyReport } from './why.js';
import type { ReplayOption } from '../providers/index.js';

/** Why `--probe` did not run: this build has no streaming probe (a library build without it). */
export type ProbeSkip = 'not-in-build';

/** Bumped whenever the JSON shape of a check-models report changes incompatibly. */
export const CHECK_MODELS_SCHEMA_VERSION = 1;

/** A report line with its place in a file resolved (formatters print `file:line:col`). */
export type LocatedCheck = ModelCheck & {
  location?: { file: string } & SourceRange;
};

/** Everything a check-models formatter needs; plain data, no wording. */
export interface CheckModelsReport {
  schemaVersion: typeof CHECK_MODELS_SCHEMA_VERSION;
  target: { id: string; librechatVersion: string; reason: VersionSource; evidence?: { file: string; value: string; known: boolean } };
  files: { config?: string; env?: string };
  /** How LibreChat was assumed to run, and why (the same sentence validate and doctor print). */
  runtime: RuntimeSummary;
  /** `ENDPOINTS` as LibreChat parses it (default order when unset). */
  enabledEndpoints: string[];
  endpoints: EndpointResolution[];
  checks: LocatedCheck[];
  why?: WhyReport;
  cache: { checked: boolean; location?: 'redis' | 'memory'; skipped?: 'option' | 'no-redis' | 'error'; error?: string; problem?: Problem };
  /** `skipped`: why `--probe` did not run (worded in the catalogs). */
  probe: { ran: boolean; skipped?: ProbeSkip };
  summary: { ok: number; warn: number; fail: number; endpoints: number; models: number };
  /** 0 when every configured model will show, 1 when some will not. */
  exitCode: 0 | 1;
  /** With `--fix`: the fixes applied (or shown, with --dry-run). */
  fix?: { dryRun: boolean; written: boolean; files: string[]; fixed: AppliedFix[]; diff: string };
}

/** One fix `check-models --fix` applied: a model id corrected, or an endpoint's reasoning replay turned off. */
export type AppliedFix = { kind: 'model-id'; endpoint?: string; model?: string; replacement: string } | { kind: 'replay-off'; endpoint?: string; options: ReplayOption[] };

export function summarize(checks: ModelCheck[], endpoints: EndpointResolution[]): CheckModelsReport['summary'] {
  const count = (status: ModelCheck['status']) => checks.filter((c) => c.status === status).length;
  const shown = endpoints.filter((e) => e.status === 'shown' || e.status === 'fallback');
  return { ok: count('ok'), warn: count('warn'), fail: count('fail'), endpoints: shown.length, models: shown.reduce((n, e) => n + e.models.length, 0) };
}
