import type { CheckModelsReport, LocatedCheck } from '../../models/report.js';
import type { EndpointResolution, Fix } from '../../models/types.js';
import { originDetail, type WhyReport } from '../../models/why.js';
import type { Style } from '../shared/style.js';
import { createStyle } from '../shared/style.js';
import { describeCheck, describeOrigin, describeProbeHint, describeStep, plural } from './messages.js';
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
  if (report.fix) out.push('', ...fixSummary(report.fix, style));
  return out.join('\n') + '\n';
}

/** `--fix`: the diff (with --dry-run) and which ids were corrected where. */
function fixSummary(fix: NonNullable<CheckModelsReport['fix']>, style: Style): string[] {
  if (fix.fixed.length === 0) return ['--fix: no model id to correct automatically (only ids that differ from the provider\'s in case are)'];
  const verb = fix.dryRun ? 'would correct' : 'corrected';
  const lines = fix.dryRun ? [fix.diff.trimEnd(), ''] : [];
  lines.push(style.bold(`--fix ${verb} ${fix.fixed.length} model id${fix.fixed.length === 1 ? '' : 's'} in ${fix.files.join(', ')}${fix.dryRun ? ' (nothing written: --dry-run)' : ` (previous versions kept as ${fix.files.map((f) => `${f}.bak`).join(', ')})`}`));
  for (const item of fix.fixed) lines.push(`  ${style.green('✔')} ${item.endpoint ?? ''}: ${item.model ?? ''} -> ${item.replacement}`);
  if (!fix.dryRun) lines.push(style.dim('  run check-models again to see the lists as LibreChat will build them now'));
  return lines;
}

function header(report: CheckModelsReport, style: Style): string {
  const files = [report.files.config, report.files.env].filter(Boolean).join(', ');
  const reason = describeVersionChoice(report.target);
  return style.bold(`check-models`) + style.dim(` · LibreChat ${report.target.librechatVersion} (${reason}) · ${files || 'no files'}`);
}

const LABEL_WIDTH = 4;

function checkLines(check: LocatedCheck, style: Style): string[] {
  const label = check.status === 'ok' ? style.green('ok'.padEnd(LABEL_WIDTH)) : check.status === 'warn' ? style.yellow('warn') : style.red('fail');
  const subject = [check.endpoint, check.model].filter(Boolean).join(' · ') || check.code.split('-')[0]!;
  const where = check.location ? style.dim(` (${check.location.file}:${check.location.line}:${check.location.column})`) : '';
  const lines = [`${label}  ${style.bold(subject)}  ${describeCheck(check)}${where}`];
  if (check.fix) lines.push(...fixLines(check.fix, style, '      '));
  const hint = describeProbeHint(check);
  if (hint) lines.push(`      ${style.dim('hint')}: ${hint}`);
  return lines;
}

export function fixLines(fix: Fix, style: Style, indent: string): string[] {
  const where = fix.kind === 'env' ? 'in .env' : fix.kind === 'yaml' ? 'in librechat.yaml' : 'run';
  const [first, ...rest] = fix.text.split('\n');
  return [`${indent}${style.blue('fix')} ${style.dim(where)}: ${first}`, ...rest.map((line) => `${indent}${' '.repeat(where.length + 6)}${line}`)];
}

function endpointDetail(endpoint: EndpointResolution, style: Style): string[] {
  const lines = [style.bold(`${endpoint.name}`) + style.dim(` (${endpoint.kind}, ${endpoint.status})`)];
  endpoint.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${describeStep(step)}`));
  for (const model of endpoint.models) lines.push(`     - ${model.id} ${style.dim(`(${describeOrigin(model.origin.kind, originDetail(model.origin))})`)}`);
  return lines;
}

function whyLines(why: WhyReport, style: Style): string[] {
  const verdict = why.verdict === 'shown' ? style.green('shows') : why.verdict === 'shown-not-served' ? style.yellow('shows, but the provider does not serve it') : style.red('does not show');
  const lines = [style.bold(`why ${why.model}`) + `: ${verdict}${why.endpoint ? ` (endpoint ${why.endpoint})` : ''}`];
  why.steps.forEach((step, i) => {
    const mark = step.outcome === 'stop' ? style.red('✗') : step.outcome === 'warn' ? style.yellow('!') : step.outcome === 'pass' ? style.green('✓') : style.dim('·');
    lines.push(`  ${i + 1}. ${mark} ${describeStep(step)}`);
  });
  const others = why.nearMisses.filter((m) => m.id !== why.steps.at(-1)?.args.suggestion);
  if (others.length > 0) lines.push(`  near-misses: ${others.map((m) => `${m.id} (${m.endpoint}, ${m.kind})`).join(', ')}`);
  if (why.fix) lines.push(...fixLines(why.fix, style, '  '));
  return lines;
}

function summaryLine(report: CheckModelsReport, style: Style): string {
  const { ok, warn, fail, endpoints, models } = report.summary;
  const counts = `${style.green(`${ok} ok`)}, ${style.yellow(`${warn} warn`)}, ${style.red(`${fail} fail`)}`;
  const verdict = report.exitCode === 0 ? 'every configured model will show' : 'some configured models will not show or not work';
  return `${counts} · ${plural(endpoints, 'endpoint')}, ${plural(models, 'model')} shown · ${verdict}`;
}
