import { VERSION } from '../../version.js';
import { VALIDATE_REPORT_SCHEMA_VERSION } from '../../validate/report.js';
import type { ValidateReport } from '../../validate/report.js';
import type { Formatter } from './types.js';
import { wordFinding } from './word-finding.js';

/** Machine-readable: versioned, stable field order, totals; no timestamps, no absolute paths. */
export const formatJson: Formatter = (report) => JSON.stringify(validateJsonBody(report), null, 2) + '\n';

/** The JSON document of a report; `validate --fix` wraps it. */
export function validateJsonBody(report: ValidateReport) {
  return {
    schemaVersion: VALIDATE_REPORT_SCHEMA_VERSION,
    tool: { name: 'lc-doctor', version: VERSION },
    target: report.target,
    files: { config: report.files.config ?? null, env: report.files.env ?? null },
    runtime: report.runtime,
    librechat: report.librechat,
    totals: report.totals,
    diagnostics: report.diagnostics.map((d) => ({ d, worded: wordFinding(d) })).map(({ d, worded }) => ({
      file: d.file,
      line: d.range?.line ?? null,
      column: d.range?.column ?? null,
      endLine: d.range?.endLine ?? null,
      endColumn: d.range?.endColumn ?? null,
      severity: d.severity,
      ruleId: d.ruleId,
      code: d.code,
      params: d.params,
      message: worded.message,
      hint: worded.hint ?? null,
      pointer: d.pointer,
      fixable: d.autofix !== undefined,
      notFixedBecause: d.noFix ?? null,
    })),
  };
}
