import type { Diagnostic } from '../../core/diagnostic.js';
import type { DoctorFinding, DoctorReport } from '../../doctor/types.js';
import { words } from '../i18n/index.js';
import { describeCheck, describeProbeHint, fixText } from '../check-models/messages.js';
import { wordFinding as wordValidateFinding } from '../validate/word-finding.js';

/** A finding in words: validate's sentence and hint when validate reports it, else check-models'. */
export interface FindingWords {
  id: string;
  message: string;
  fix?: string;
}

export function wordFinding(finding: DoctorFinding): FindingWords {
  const d = finding.diagnostic;
  if (d) {
    const worded = wordValidateFinding(d);
    return { id: d.ruleId, message: worded.message, ...(worded.hint ? { fix: worded.hint } : {}) };
  }
  const check = finding.check!;
  const subject = [check.endpoint, check.model].filter(Boolean).join(' / ');
  const message = `${subject ? words().doctor.label(subject) : ''}${describeCheck(check)}`;
  const fix = check.fix ? wherePlusFix(check.fix) : check.code === 'probe' ? describeProbeHint(check) : undefined;
  return { id: check.code === 'probe' ? 'probe' : `check-models/${check.code}`, message, ...(fix ? { fix } : {}) };
}

function wherePlusFix(fix: NonNullable<DoctorFinding['check']>['fix'] & object): string {
  return `${words().doctor.label(words().checkModels.fixWhere[fix.kind])}${fixText(fix)}`;
}

/** Which commands show this finding on their own, e.g. "validate, check-models". */
export function reportedBy(finding: DoctorFinding): string {
  return finding.reportedBy.join(', ');
}

/**
 * The findings as validate-shaped diagnostics, so the github and sarif formatters are shared:
 * validate's own findings keep their code and parameters; check-models' and the probe's lines,
 * already worded by check-models' catalog, travel as `check-models.finding`.
 */
export function findingsAsDiagnostics(report: DoctorReport): Diagnostic[] {
  return report.findings.map((finding) => {
    const file = finding.location?.file ?? report.files.config ?? report.files.env ?? '.env';
    const range = finding.diagnostic?.range ?? (finding.location ? { line: finding.location.line, column: finding.location.column, endLine: finding.location.line, endColumn: finding.location.column } : undefined);
    const d = finding.diagnostic;
    if (d) return { ruleId: d.ruleId, severity: finding.severity, code: d.code, params: d.params, file, pointer: d.pointer, ...(range ? { range } : {}) };
    const worded = wordFinding(finding);
    return {
      ruleId: worded.id,
      severity: finding.severity,
      code: 'check-models.finding',
      params: { message: worded.message, ...(worded.fix ? { fix: worded.fix } : {}) },
      file,
      pointer: finding.check?.pointer ?? '',
      ...(range ? { range } : {}),
    };
  });
}
