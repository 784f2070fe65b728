import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import type { NoFixReason } from '../../core/text-edit.js';
import { formatCodeFrame } from '../code-frame.js';
import { createStyle, type Style } from '../style.js';
import type { Formatter } from './types.js';
import type { ValidateReport } from '../../validate/report.js';
import { describeVersionChoice } from '../version-choice.js';

const label: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/** The default, for people: grouped by file, a code frame under each finding, a summary line. */
export const formatStylish: Formatter = (report, { color }) => {
  const style = createStyle(color);
  const out: string[] = [];
  for (const [file, diagnostics] of groupByFile(report.diagnostics)) {
    out.push(style.underline(file));
    for (const d of diagnostics) out.push(formatOne(d, report.sources[file], style));
    out.push('');
  }
  out.push(summaryLine(report, style));
  out.push(...startupLines(report, style));
  out.push(style.dim(judgedBy(report)));
  return out.join('\n') + '\n';
};

function formatOne(d: Diagnostic, source: string | undefined, style: Style): string {
  const position = d.range ? `${d.range.line}:${d.range.column}` : '';
  const severity = colourSeverity(d.severity, style);
  const lines = [`  ${style.dim(position.padEnd(7))} ${severity}  ${oneLine(d.message)}  ${style.dim(d.ruleId)}`];
  if (source !== undefined && d.range) {
    lines.push(indent(formatCodeFrame(source, d.range, style), 4));
  }
  if (d.hint) lines.push(`    ${style.blue('hint:')} ${d.hint}`);
  if (d.noFix) lines.push(`    ${style.dim(`not fixed automatically: ${NO_FIX_REASONS[d.noFix]}`)}`);
  return lines.join('\n');
}

function colourSeverity(severity: Severity, style: Style): string {
  const text = label[severity].padEnd(7);
  if (severity === 'error') return style.red(text);
  if (severity === 'warn') return style.yellow(text);
  return style.blue(text);
}

function summaryLine(report: ValidateReport, style: Style): string {
  const { errors, warnings, infos } = report.totals;
  const total = errors + warnings + infos;
  if (total === 0) return style.green('✔ no problems found');
  const parts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
  const mark = errors > 0 ? style.red('✖') : warnings > 0 ? style.yellow('⚠') : style.blue('ℹ');
  const fixable = report.diagnostics.filter((d) => d.autofix).length;
  const fixHint = fixable > 0 ? `\n  ${fixable} of them fixable with 'lc-doctor validate --fix' (preview with --fix --dry-run)` : '';
  return `${mark} ${plural(total, 'problem')} (${parts})${fixHint}`;
}

/** The start-up verdict in words, only when LibreChat will not simply load the files. */
function startupLines(report: ValidateReport, style: Style): string[] {
  const { librechat } = report;
  const where = librechat.decidedBy.map((d) => `${d.ruleId} at ${d.file}${d.line !== null ? `:${d.line}` : ''}`).join(', ');
  const lines: string[] = [];
  if (!librechat.starts) lines.push(style.red(`✖ LibreChat will not start with these files (${where})`));
  else if (librechat.config === 'ignored') lines.push(style.yellow(`⚠ LibreChat will ignore ${report.files.config ?? 'the config'} and run on its defaults (${where})`));
  if (librechat.droppedEndpoints.length > 0) lines.push(style.yellow(`⚠ LibreChat will drop these custom endpoints: ${librechat.droppedEndpoints.join(', ')}`));
  return lines;
}

export function judgedBy(report: ValidateReport): string {
  const why = describeVersionChoice(report.target);
  const { librechatVersion, schemaRelease, configVersion, packageSpec } = report.target;
  return `judged by LibreChat ${librechatVersion} with the schema of ${schemaRelease} (config ${configVersion}, ${packageSpec}), ${why}`;
}

function groupByFile(diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = groups.get(d.file) ?? [];
    list.push(d);
    groups.set(d.file, list);
  }
  return groups;
}

const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ');
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (text: string, by: number) => text.split('\n').map((l) => ' '.repeat(by) + l).join('\n');

/** Why a finding of a fixing rule was left for the admin. */
export const NO_FIX_REASONS: Record<NoFixReason, string> = {
  'value-from-environment': 'the value comes from an environment variable; change it where it is set',
  'model-object': 'the item is a { name: ... } object; decide which model keeps its other fields',
  'not-plain-text': 'the value is written with escapes, as a block or an alias, so an exact edit is not possible',
  'key-exists': 'the suggested key is already there; keep one of the two by hand',
  'overlaps-another-fix': 'another fix changes the same text; run --fix again',
  'result-not-valid': 'with this fix the files would validate worse than before',
};
