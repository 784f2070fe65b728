import type { CheckModelsReport, LocatedCheck } from '../../models/report.js';
import type { EndpointResolution, Fix } from '../../models/types.js';
import { originDetail, type WhyReport } from '../../models/why.js';
import type { Style } from '../shared/style.js';
import { createStyle } from '../shared/style.js';
import { words } from '../i18n/index.js';
import { displayWidth as displayWidthOf, padDisplay } from '../shared/width.js';
import { countAppliedFixes, describeAppliedFix, describeCheck, describeOrigin, describePlace, describeProbeHint, describeStep, fixText } from './messages.js';
import { describeRuntimeLine } from '../runtime.js';
import { labelled } from '../shared/label.js';
import { describeVersionChoice } from '../version-choice.js';

export interface CheckModelsFormatOptions {
  color: boolean;
  verbose: boolean;
}

/** The terminal report: a header, one line per check with its fix, the `--why` path, a summary. */
export function formatStylish(report: CheckModelsReport, options: CheckModelsFormatOptions): string {
  const style = createStyle(options.color);
  const out: string[] = [header(report, style), ''];
  if (report.why) {
    // --why answers one question; the full report stays one command away (or in --verbose).
    out.push(...whyLines(report.why, style));
    if (!options.verbose) return out.join('\n') + '\n';
    out.push('');
  }
  for (const check of report.checks) out.push(...checkLines(check, style));
  if (options.verbose) for (const endpoint of report.endpoints) out.push('', ...endpointDetail(endpoint, style));
  out.push('', summaryLine(report, style));
  out.push(style.dim(describeRuntimeLine(report.runtime)));
  if (report.fix) out.push('', ...fixSummary(report.fix, style));
  return out.join('\n') + '\n';
}

/** `--fix`: the diff (with --dry-run) and which ids were corrected where. */
function fixSummary(fix: NonNullable<CheckModelsReport['fix']>, style: Style): string[] {
  const t = words().checkModels.fix;
  if (fix.fixed.length === 0) return [t.none];
  const lines = fix.dryRun ? [fix.diff.trimEnd(), ''] : [];
  const { list } = words().validate;
  lines.push(style.bold(t.headline({ dryRun: fix.dryRun, ...countAppliedFixes(fix.fixed), files: list(fix.files), backups: list(fix.files.map((f) => `${f}.bak`)) })));
  for (const item of fix.fixed) lines.push(`  ${style.green('✔')} ${item.endpoint ?? ''}: ${describeAppliedFix(item)}`);
  if (!fix.dryRun) lines.push(style.dim(`  ${t.again}`));
  return lines;
}

function header(report: CheckModelsReport, style: Style): string {
  const files = words().validate.list([report.files.config, report.files.env].filter((file): file is string => Boolean(file)));
  const t = words().checkModels;
  return style.bold(`check-models`) + style.dim(` · LibreChat ${report.target.librechatVersion}${t.aside(describeVersionChoice(report.target))} · ${files || t.noFiles}`);
}

const LABEL_WIDTH = 4;

function checkLines(check: LocatedCheck, style: Style): string[] {
  const t = words().checkModels;
  const text = padDisplay(t.status[check.status], LABEL_WIDTH);
  const label = check.status === 'ok' ? style.green(text) : check.status === 'warn' ? style.yellow(text) : style.red(text);
  const topic = check.code.split('-')[0]!;
  const subject = [check.endpoint, check.model].filter(Boolean).join(' · ') || (t.topics[topic] ?? topic);
  const where = check.location ? style.dim(t.aside(`${check.location.file}:${check.location.line}:${check.location.column}`)) : '';
  const lines = [`${label}  ${style.bold(subject)}  ${describeCheck(check)}${where}`];
  if (check.fix) lines.push(...fixLines(check.fix, style, '      '));
  const hint = describeProbeHint(check);
  if (hint) lines.push(`      ${labelled(style.dim(t.hintLabel), hint)}`);
  return lines;
}

export function fixLines(fix: Fix, style: Style, indent: string): string[] {
  const t = words().checkModels;
  const where = t.fixWhere[fix.kind];
  const [first, ...rest] = fixText(fix).split('\n');
  const lead = t.fixLead(t.fixLabel, where);
  return [`${indent}${t.fixLead(style.blue(t.fixLabel), style.dim(where))}${first}`, ...rest.map((line) => `${indent}${' '.repeat(displayWidthOf(lead))}${line}`)];
}

function endpointDetail(endpoint: EndpointResolution, style: Style): string[] {
  const t = words().checkModels;
  const lines = [style.bold(`${endpoint.name}`) + style.dim(t.aside(words().validate.list([t.endpointKind[endpoint.kind], t.endpointStatus[endpoint.status]])))];
  endpoint.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${describeStep(step)}`));
  for (const model of endpoint.models) lines.push(`     - ${model.id}${style.dim(t.aside(describeOrigin(model.origin.kind, originDetail(model.origin))))}`);
  return lines;
}

function whyLines(why: WhyReport, style: Style): string[] {
  const t = words().checkModels;
  const text = t.whyVerdict[why.verdict];
  const verdict = why.verdict === 'shown' ? style.green(text) : why.verdict === 'shown-not-served' ? style.yellow(text) : style.red(text);
  const lines = [t.titled(style.bold(t.whyTitle(why.model)), `${verdict}${why.endpoint ? t.whyEndpoint(why.endpoint) : ''}`)];
  why.steps.forEach((step, i) => {
    const mark = step.outcome === 'stop' ? style.red('✗') : step.outcome === 'warn' ? style.yellow('!') : step.outcome === 'pass' ? style.green('✓') : style.dim('·');
    lines.push(`  ${i + 1}. ${mark} ${describeStep(step)}`);
  });
  const last = why.steps.at(-1)?.args;
  const others = why.nearMisses.filter((m) => !last || !('suggestion' in last) || m.id !== last.suggestion);
  if (others.length > 0) lines.push(`  ${t.nearMisses(words().validate.list(others.map((m) => t.nearMissItem(m.id, m.endpoint, m.kind))))}`);
  if (why.fix) lines.push(...fixLines(why.fix, style, '  '));
  for (const place of why.places ?? []) lines.push(`  - ${describePlace(place)}`, ...fixLines(place.fix, style, '    '));
  return lines;
}

function summaryLine(report: CheckModelsReport, style: Style): string {
  const { ok, warn, fail, endpoints, models } = report.summary;
  const t = words().checkModels;
  const text = t.counts({ ok, warn, fail });
  const counts = words().validate.list([style.green(text.ok), style.yellow(text.warn), style.red(text.fail)]);
  return `${counts} · ${t.summary({ endpoints, models })} · ${report.exitCode === 0 ? t.allShow : t.someDoNot}`;
}
