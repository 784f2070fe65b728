import type { DoctorReport } from '../../doctor/types.js';
import { plural } from '../formatters/stylish.js';
import { describeRuntimeLine } from '../runtime.js';
import { createStyle } from '../style.js';
import { reportedBy, wordFinding } from './words.js';

/** One list, what to fix first at the top; each finding once, with its fix and the commands that show it. */
export function formatDoctorStylish(report: DoctorReport, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const out: string[] = [style.bold('lc-doctor doctor'), style.dim(describeRuntimeLine(report.runtime)), ''];
  report.findings.forEach((finding, index) => {
    const words = wordFinding(finding);
    const label = finding.severity === 'error' ? style.red('error') : finding.severity === 'warn' ? style.yellow('warning') : style.blue('info');
    const where = finding.location ? `${finding.location.file}:${finding.location.line}:${finding.location.column}  ` : '';
    out.push(`${String(index + 1).padStart(2)}. ${label}  ${words.message}`);
    out.push(`    ${style.dim(`${where}${words.id} · ${reportedBy(finding)}`)}`);
    if (words.fix) out.push(`    ${style.blue('fix:')} ${words.fix.split('\n').join('\n         ')}`);
  });
  if (report.findings.length > 0) out.push('');
  out.push(summaryLine(report, style));
  out.push(style.dim(`${plural(report.summary.endpoints, 'endpoint')} and ${plural(report.summary.models, 'model')} will show; ${cacheLine(report)}; ${probeLine(report)}`));
  return `${out.join('\n')}\n`;
}

function summaryLine(report: DoctorReport, style: ReturnType<typeof createStyle>): string {
  const { errors, warnings, infos } = report.totals;
  if (errors + warnings + infos === 0) return style.green('✔ nothing to fix');
  const mark = errors > 0 ? style.red('✖') : warnings > 0 ? style.yellow('⚠') : style.blue('ℹ');
  return `${mark} ${plural(errors + warnings + infos, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}), judged by LibreChat ${report.target.librechatVersion}`;
}

export function cacheLine(report: DoctorReport): string {
  const { cache } = report;
  if (cache.checked) return cache.location === 'redis' ? 'model cache read from Redis' : 'model cache in process memory (a restart refreshes it)';
  return cache.skipped === 'error' ? `model cache not read (${cache.error ?? 'error'})` : 'model cache not read';
}

export function probeLine(report: DoctorReport): string {
  if (report.probe.ran) return 'models probed';
  return report.probe.skipped ? `probe skipped (${report.probe.skipped})` : 'not probed (add --probe to stream one request per model)';
}
