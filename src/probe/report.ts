import type { RuntimeSummary } from '../config/runtime.js';
import type { ModelListResult, ProbeResult, SkippedTarget } from './types.js';

/** Bumped when the JSON shape changes incompatibly. */
export const PROBE_REPORT_SCHEMA_VERSION = 1;

/** A request as sent, with every header value masked (for `--verbose`). */
export interface SentRequest {
  endpoint: string;
  model: string;
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** Everything one `lc-doctor probe` run found; formatters turn it into text. */
export interface ProbeReport {
  schemaVersion: number;
  librechatVersion: string;
  /** How LibreChat was assumed to run, and why: it decides the key sent (method one's `${VAR}`). */
  runtime: RuntimeSummary;
  results: ProbeResult[];
  modelLists: ModelListResult[];
  skipped: SkippedTarget[];
  /** Present with `--verbose`. */
  requests?: SentRequest[];
  totals: { probed: number; working: number; failing: number; skipped: number };
}

/** A probed model fails when it did not answer, or a verdict says users will hit an error. */
export function isFailing(result: ProbeResult): boolean {
  return !result.ok || result.verdicts.some((v) => v.severity === 'error');
}

export function buildReport(parts: Omit<ProbeReport, 'schemaVersion' | 'totals'>): ProbeReport {
  const failing = parts.results.filter(isFailing).length;
  return {
    schemaVersion: PROBE_REPORT_SCHEMA_VERSION,
    ...parts,
    totals: { probed: parts.results.length, working: parts.results.length - failing, failing, skipped: parts.skipped.length },
  };
}

/** 0 every probed model works, 1 some fail, 2 nothing could be probed. */
export function exitCodeFor(report: ProbeReport): number {
  if (report.totals.probed === 0) return 2;
  return report.totals.failing > 0 ? 1 : 0;
}
