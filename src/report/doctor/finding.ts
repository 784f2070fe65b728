import type { Diagnostic } from '../../core/diagnostic.js';
import type { DoctorFinding, DoctorReport } from '../../doctor/types.js';
import { checkId, wordCheck, type FindingWords } from '../check-models/messages.js';
import { wordFinding as wordValidateFinding } from '../validate/word-finding.js';

export type { FindingWords } from '../check-models/messages.js';

export function wordFinding(finding: DoctorFinding): FindingWords {
  const d = finding.diagnostic;
  if (d) {
    const worded = wordValidateFinding(d);
    return { id: d.ruleId, message: worded.message, ...(worded.hint ? { fix: worded.hint } : {}) };
  }
  return wordCheck(finding.check!);
}

/** Which commands show this finding on their own, e.g. "validate, check-models". */
export function reportedBy(finding: DoctorFinding): string {
  return finding.reportedBy.join(', ');
}

/**
 * The findings as validate-shaped diagnostics, so the github and sarif formatters are shared:
 * validate's own findings keep their code and parameters; check-models' and the probe's lines
 * travel as `check-models.check` with the line itself, worded when printed.
 */
export function findingsAsDiagnostics(report: DoctorReport): Diagnostic[] {
  return report.findings.map((finding) => {
    const file = finding.location?.file ?? report.files.config ?? report.files.env ?? '.env';
    const range = finding.diagnostic?.range ?? (finding.location ? { line: finding.location.line, column: finding.location.column, endLine: finding.location.line, endColumn: finding.location.column } : undefined);
    const d = finding.diagnostic;
    if (d) return { ruleId: d.ruleId, severity: finding.severity, code: d.code, params: d.params, file, pointer: d.pointer, ...(range ? { range } : {}) };
    const check = finding.check!;
    return {
      ruleId: checkId(check),
      severity: finding.severity,
      code: 'check-models.check',
      params: { check },
      file,
      pointer: check.pointer ?? '',
      ...(range ? { range } : {}),
    };
  });
}
