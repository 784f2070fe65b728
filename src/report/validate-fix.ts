import type { Diagnostic } from '../core/diagnostic.js';
import type { FixOutcome } from '../fix/run-fix.js';
import { VERSION } from '../version.js';
import { VALIDATE_REPORT_SCHEMA_VERSION } from '../validate/report.js';
import { validateJsonBody } from './formatters/json.js';
import { formatStylish, plural } from './formatters/stylish.js';
import { createStyle } from './style.js';

/** Wording of `validate --fix` (and `--fix --dry-run`): what was fixed, the diff, then what is left. */

export interface FixTextOptions {
  color: boolean;
  dryRun: boolean;
}

export function formatFixText(outcome: FixOutcome, options: FixTextOptions): string {
  const style = createStyle(options.color);
  const out: string[] = [];
  if (outcome.applied.length === 0) out.push('nothing to fix automatically');
  else {
    if (options.dryRun && outcome.diff) out.push(outcome.diff.trimEnd(), '');
    out.push(style.bold(headline(outcome, options.dryRun)));
    for (const d of outcome.applied) out.push(`  ${style.green('✔')} ${d.file}:${position(d)}  ${d.message}  ${style.dim(d.ruleId)}`);
  }
  out.push('', style.bold(options.dryRun ? 'after these fixes:' : 'what is left:'), formatStylish(outcome.after, { color: options.color }).trimEnd());
  return out.join('\n') + '\n';
}

/** One line for the formats that carry only findings (github, sarif, junit): it goes to stderr. */
export function formatFixSummary(outcome: FixOutcome, dryRun: boolean): string {
  return outcome.applied.length === 0 ? 'lc-doctor: nothing to fix automatically\n' : `lc-doctor: ${headline(outcome, dryRun)}\n`;
}

export function formatFixJson(outcome: FixOutcome, dryRun: boolean): string {
  const body = {
    schemaVersion: VALIDATE_REPORT_SCHEMA_VERSION,
    tool: { name: 'lc-doctor', version: VERSION },
    mode: dryRun ? 'fix-dry-run' : 'fix',
    written: outcome.written,
    changedFiles: outcome.files.map((f) => f.path),
    fixed: outcome.applied.map((d) => ({ file: d.file, line: d.range?.line ?? null, column: d.range?.column ?? null, ruleId: d.ruleId, message: d.message })),
    diff: outcome.diff,
    remaining: validateJsonBody(outcome.after),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

function headline(outcome: FixOutcome, dryRun: boolean): string {
  const files = outcome.files.map((f) => f.path).join(', ');
  if (dryRun) return `would fix ${plural(outcome.applied.length, 'problem')} in ${files} (nothing written: --dry-run)`;
  const backups = outcome.files.map((f) => `${f.path}.bak`).join(', ');
  return `fixed ${plural(outcome.applied.length, 'problem')} in ${files} (previous versions kept as ${backups})`;
}

function position(d: Diagnostic): string {
  return d.range ? `${d.range.line}:${d.range.column}` : '';
}
