import { compareText } from '../core/compare-text.js';
import { countDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { LocatedCheck } from '../models/report.js';
import { factOfCheck, factOfDiagnostic, REPEATS_VALIDATE } from './facts.js';
import { STAGE_ORDER, type DoctorFinding, type DoctorSource } from './types.js';

const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 } as const;

/**
 * One finding per cause: validate's diagnostics and check-models' (and the probe's) lines are
 * keyed by the cause they name; a cause several commands report becomes one finding that lists
 * them all. Sorted by what to fix first: severity, then stage, then place in the files.
 */
export function mergeFindings(diagnostics: Diagnostic[], checks: LocatedCheck[]): DoctorFinding[] {
  const byFact = new Map<string, DoctorFinding>();
  for (const diagnostic of diagnostics) {
    const { fact, stage, severity } = factOfDiagnostic(diagnostic);
    const existing = byFact.get(fact);
    if (existing) continue; // validate already said it (e.g. the same ${VAR} in two fields of one entry)
    const location = diagnostic.range ? { file: diagnostic.file, line: diagnostic.range.line, column: diagnostic.range.column } : undefined;
    byFact.set(fact, { fact, severity, stage, reportedBy: ['validate'], diagnostic, ...(location ? { location } : {}) });
  }
  for (const check of checks) {
    const found = factOfCheck(check);
    if (!found) continue;
    const fact = sameNode(byFact, check) ?? found.fact;
    const source: DoctorSource = check.code === 'probe' ? 'probe' : 'check-models';
    const existing = byFact.get(fact);
    if (existing) {
      if (!existing.reportedBy.includes(source)) existing.reportedBy.push(source);
      // check-models' line carries the fix (the exact id); the probe's adds what the provider said.
      existing.check ??= check;
      if (SEVERITY_ORDER[found.severity] < SEVERITY_ORDER[existing.severity]) existing.severity = found.severity;
      continue;
    }
    const location = check.location ? { file: check.location.file, line: check.location.line, column: check.location.column } : undefined;
    byFact.set(fact, { fact, severity: found.severity, stage: found.stage, reportedBy: [source], check, ...(location ? { location } : {}) });
  }
  return [...byFact.values()].sort(compareFindings);
}

/** The fact of validate's finding that check-models' line repeats (see REPEATS_VALIDATE). */
function sameNode(byFact: Map<string, DoctorFinding>, check: LocatedCheck): string | undefined {
  const repeats = REPEATS_VALIDATE[check.code];
  if (!repeats) return undefined;
  for (const finding of byFact.values()) {
    const d = finding.diagnostic;
    // A finding another line already joined is taken: two ids with commas in one list are two causes.
    if (d && !finding.check && repeats(d, check)) return finding.fact;
  }
  return undefined;
}

function compareFindings(a: DoctorFinding, b: DoctorFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) ||
    compareText(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    compareText(a.fact, b.fact)
  );
}

export function countFindings(findings: DoctorFinding[]): { errors: number; warnings: number; infos: number } {
  return countDiagnostics(findings.map((f) => ({ severity: f.severity }) as Diagnostic));
}
