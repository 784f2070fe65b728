import type { Diagnostic } from '../../core/diagnostic.js';
import type { FixOutcome } from '../../fix/run-fix.js';
import { VERSION } from '../../version.js';
import { VALIDATE_REPORT_SCHEMA_VERSION } from '../../validate/report.js';
import { words } from '../i18n/index.js';
import { createStyle } from '../shared/style.js';
import { validateJsonBody } from './json.js';
import { formatStylish } from './stylish.js';
import { wordFinding } from './word-finding.js';

/** Wording of `validate --fix` (and `--fix --dry-run`): what was fixed, the diff, then what is left. */

export interface FixTextOptions {
  color: boolean;
  dryRun: boolean;
}

export function formatFixText(outcome: FixOutcome, options: FixTextOptions): string {
  const style = createStyle(options.color);
  const t = words().validate.fix;
  const out: string[] = [];
  if (outcome.applied.length === 0) out.push(t.nothing);
  else {
    if (options.dryRun && outcome.diff) out.push(outcome.diff.trimEnd(), '');
    out.push(style.bold(headline(outcome, options.dryRun)));
    for (const d of outcome.applied) out.push(`  ${style.green('✔')} ${d.file}:${position(d)}  ${wordFinding(d).message}  ${style.dim(d.ruleId)}`);
  }
  out.push('', style.bold(options.dryRun ? t.afterDryRun : t.left), formatStylish(outcome.after, { color: options.color }).trimEnd());
  return out.join('\n') + '\n';
}

/** One line for the formats that carry only findings (github, sarif, junit): it goes to stderr. */
export function formatFixSummary(outcome: FixOutcome, dryRun: boolean): string {
  return `lc-doctor: ${outcome.applied.length === 0 ? words().validate.fix.nothing : headline(outcome, dryRun)}\n`;
}

export function formatFixJson(outcome: FixOutcome, dryRun: boolean): string {
  const body = {
    schemaVersion: VALIDATE_REPORT_SCHEMA_VERSION,
    tool: { name: 'lc-doctor', version: VERSION },
    mode: dryRun ? 'fix-dry-run' : 'fix',
    written: outcome.written,
    changedFiles: outcome.files.map((f) => f.path),
    fixed: outcome.applied.map((d) => ({ file: d.file, line: d.range?.line ?? null, column: d.range?.column ?? null, ruleId: d.ruleId, code: d.code, params: d.params, message: wordFinding(d).message })),
    diff: outcome.diff,
    remaining: validateJsonBody(outcome.after),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

function headline(outcome: FixOutcome, dryRun: boolean): string {
  const { fix: t, list } = words().validate;
  const files = list(outcome.files.map((f) => f.path));
  if (dryRun) return t.wouldFix(outcome.applied.length, files);
  return t.fixed(outcome.applied.length, files, list(outcome.files.map((f) => `${f.path}.bak`)));
}

function position(d: Diagnostic): string {
  return d.range ? `${d.range.line}:${d.range.column}` : '';
}
