import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { formatCodeFrame } from '../shared/code-frame.js';
import { createStyle, type Style } from '../shared/style.js';
import { describeRuntimeLine } from '../runtime.js';
import type { Formatter } from './types.js';
import type { ValidateReport } from '../../validate/report.js';
import { words } from '../i18n/index.js';
import { labelled } from '../shared/label.js';
import { padDisplay } from '../shared/width.js';
import { describeVersionChoice } from '../version-choice.js';
import { wordFinding } from './word-finding.js';

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
  out.push(style.dim(words().validate.judgedBy(report.target, describeVersionChoice(report.target))));
  out.push(style.dim(describeRuntimeLine(report.runtime)));
  return out.join('\n') + '\n';
};

function formatOne(d: Diagnostic, source: string | undefined, style: Style): string {
  const position = d.range ? `${d.range.line}:${d.range.column}` : '';
  const severity = colourSeverity(d.severity, style);
  const { message, hint } = wordFinding(d);
  const lines = [`  ${style.dim(position.padEnd(7))} ${severity}  ${oneLine(message)}  ${style.dim(d.ruleId)}`];
  if (source !== undefined && d.range) {
    lines.push(indent(formatCodeFrame(source, d.range, style), 4));
  }
  if (hint) lines.push(`    ${labelled(style.blue(words().validate.hintLabel), hint)}`);
  if (d.noFix) lines.push(`    ${style.dim(words().validate.notFixed(d.noFix))}`);
  return lines.join('\n');
}

function colourSeverity(severity: Severity, style: Style): string {
  const text = padDisplay(words().validate.severity[severity], 7);
  if (severity === 'error') return style.red(text);
  if (severity === 'warn') return style.yellow(text);
  return style.blue(text);
}

function summaryLine(report: ValidateReport, style: Style): string {
  const { errors, warnings, infos } = report.totals;
  const total = errors + warnings + infos;
  const t = words().validate;
  if (total === 0) return style.green(t.noProblems);
  const mark = errors > 0 ? style.red('✖') : warnings > 0 ? style.yellow('⚠') : style.blue('ℹ');
  const fixable = report.diagnostics.filter((d) => d.autofix).length;
  return `${mark} ${t.problemSummary({ total, errors, warnings, infos })}${fixable > 0 ? `\n  ${t.fixable(fixable)}` : ''}`;
}

/** The start-up verdict in words, only when LibreChat will not simply load the files. */
function startupLines(report: ValidateReport, style: Style): string[] {
  const { librechat } = report;
  const { startup: t, list } = words().validate;
  const where = list(librechat.decidedBy.map((d) => t.decidedBy(d.ruleId, `${d.file}${d.line !== null ? `:${d.line}` : ''}`)));
  const lines: string[] = [];
  if (!librechat.starts) lines.push(style.red(`✖ ${t.wontStart(where)}`));
  else if (librechat.config === 'ignored') lines.push(style.yellow(`⚠ ${t.ignored(report.files.config, where)}`));
  if (librechat.droppedEndpoints.length > 0) lines.push(style.yellow(`⚠ ${t.dropped(list(librechat.droppedEndpoints))}`));
  return lines;
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
const indent = (text: string, by: number) => text.split('\n').map((l) => ' '.repeat(by) + l).join('\n');

