import type { Diagnostic } from '../../src/core/diagnostic.js';
import { wordFinding } from '../../src/report/validate/word-finding.js';

/** A diagnostic with its sentence and hint in the loaded language (English unless a test chose). */
export type WordedDiagnostic = Diagnostic & { message: string; hint?: string };

export function worded(diagnostic: Diagnostic): WordedDiagnostic {
  const { message, hint } = wordFinding(diagnostic);
  return { ...diagnostic, message, ...(hint ? { hint } : {}) };
}
