/**
 * Findings are plain data. Rules, schema checks and loaders produce `Diagnostic`s with a code, its
 * parameters and a JSON pointer; `src/report/validate/` resolves the pointer to line:column and
 * turns the code into a sentence in the chosen language.
 */

import { compareText } from './compare-text.js';
import type { Autofix, NoFixReason } from './text-edit.js';

export type Severity = 'error' | 'warn' | 'info';

/** Which part of a YAML/.env node a finding is about: an unknown key points at the key. */
export type LocationTarget = 'key' | 'value';

/** A 1-based source position range. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic {
  /** Rule id, e.g. `schema`, `endpoint-duplicate-name`, `env-undefined-variable`. */
  ruleId: string;
  severity: Severity;
  /** What was found, e.g. `unknown-key.drops-endpoint`; the catalogs in `src/report/locales/` word it. */
  code: string;
  /** The facts the sentence needs (names, paths, values), secrets already masked. */
  params: FindingParams;
  /** Display path of the file the finding is in (as the user named it). */
  file: string;
  /** JSON pointer into the parsed document (`/endpoints/custom/0/apiKey`); `''` is the root. */
  pointer: string;
  /** Whether the finding points at the key or the value of the node at `pointer`. */
  target?: LocationTarget;
  /** Resolved source range; filled by the locator before reporting. */
  range?: SourceRange;
  /** The exact edit that fixes it, when one is safe and unambiguous (`validate --fix` applies it). */
  autofix?: Autofix;
  /** Why a finding of a fixing rule has no `autofix` this time. */
  noFix?: NoFixReason;
}

/** Parameters of a finding; each code's exact shape is declared in `src/validate/findings.ts`. */
export type FindingParams = object;

/** Stable order: file, line, column, rule id, code, parameters (the same in every language). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    (a.range?.line ?? 0) - (b.range?.line ?? 0) ||
    (a.range?.column ?? 0) - (b.range?.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.code, b.code) ||
    compareText(JSON.stringify(a.params), JSON.stringify(b.params))
  );
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') totals.errors++;
    else if (d.severity === 'warn') totals.warnings++;
    else totals.infos++;
  }
  return totals;
}
