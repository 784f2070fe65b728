import type { Diagnostic } from '../../core/diagnostic.js';
import type { DoctorFinding, DoctorReport } from '../../doctor/types.js';
import { describeCheck, describeProbeHint } from '../check-models/messages.js';

/** A finding in words: validate's sentence and hint when validate reports it, else check-models'. */
export interface FindingWords {
  id: string;
  message: string;
  fix?: string;
}

export function wordFinding(finding: DoctorFinding): FindingWords {
  const d = finding.diagnostic;
  if (d) return { id: d.ruleId, message: d.message, ...(d.hint ? { fix: d.hint } : {}) };
  const check = finding.check!;
  const subject = [check.endpoint, check.model].filter(Boolean).join(' / ');
  const message = `${subject ? `${subject}: ` : ''}${describeCheck(check)}`;
  const fix = check.fix ? fixText(check.fix) : check.code === 'probe' ? describeProbeHint(check) : undefined;
  return { id: check.code === 'probe' ? 'probe' : `check-models/${check.code}`, message, ...(fix ? { fix } : {}) };
}

function fixText(fix: NonNullable<DoctorFinding['check']>['fix'] & object): string {
  const where = fix.kind === 'env' ? 'in .env: ' : fix.kind === 'yaml' ? 'in librechat.yaml: ' : 'run: ';
  return `${where}${fix.text}`;
}

/** Which commands show this finding on their own, e.g. "validate, check-models". */
export function reportedBy(finding: DoctorFinding): string {
  return finding.reportedBy.join(', ');
}

/** The findings as validate-shaped diagnostics, so the github and sarif formatters are shared. */
export function findingsAsDiagnostics(report: DoctorReport): Diagnostic[] {
  return report.findings.map((finding) => {
    const words = wordFinding(finding);
    const range = finding.diagnostic?.range ?? (finding.location ? { line: finding.location.line, column: finding.location.column, endLine: finding.location.line, endColumn: finding.location.column } : undefined);
    return {
      ruleId: words.id,
      severity: finding.severity,
      message: words.message,
      ...(words.fix ? { hint: words.fix } : {}),
      file: finding.location?.file ?? report.files.config ?? report.files.env ?? '.env',
      pointer: finding.diagnostic?.pointer ?? finding.check?.pointer ?? '',
      ...(range ? { range } : {}),
    };
  });
}
