import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { formatCodeFrame } from '../shared/code-frame.js';
import { createStyle, type Style } from '../shared/style.js';
import type { Formatter } from './types.js';
import type { ValidateReport } from '../../validate/report.js';

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
  return `${mark} ${plural(total, 'problem')} (${parts})`;
}

export function judgedBy(report: ValidateReport): string {
  const why = { option: 'chosen with --librechat-version', 'config-version': "matched from the file's `version:` field", newest: 'the newest known; set --librechat-version to choose' }[report.target.reason];
  return `judged by LibreChat ${report.target.librechatVersion} (config ${report.target.configVersion}, ${report.target.packageSpec}), ${why}`;
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
