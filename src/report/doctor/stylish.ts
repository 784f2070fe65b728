import type { DoctorReport } from '../../doctor/types.js';
import { words } from '../i18n/index.js';
import { withFailureMessage } from '../errors/index.js';
import { labelled } from '../shared/label.js';
import { createStyle } from '../shared/style.js';
import { describeRuntimeLine } from '../runtime.js';
import { reportedBy, wordFinding } from './finding.js';

/** One list, what to fix first at the top; each finding once, with its fix and the commands that show it. */
export function formatDoctorStylish(report: DoctorReport, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const t = words();
  const out: string[] = [style.bold('lc-doctor doctor'), style.dim(describeRuntimeLine(report.runtime)), ''];
  report.findings.forEach((finding, index) => {
    const worded = wordFinding(finding);
    const severity = t.validate.severity[finding.severity];
    const label = finding.severity === 'error' ? style.red(severity) : finding.severity === 'warn' ? style.yellow(severity) : style.blue(severity);
    const where = finding.location ? `${finding.location.file}:${finding.location.line}:${finding.location.column}  ` : '';
    out.push(`${String(index + 1).padStart(2)}. ${label}  ${worded.message}`);
    out.push(`    ${style.dim(`${where}${worded.id} · ${reportedBy(finding)}`)}`);
    if (worded.fix) out.push(`    ${labelled(style.blue(t.doctor.label(t.checkModels.fixLabel).trimEnd()), worded.fix.split('\n').join('\n         '))}`);
  });
  if (report.findings.length > 0) out.push('');
  out.push(summaryLine(report, style));
  out.push(style.dim(t.doctor.join([t.doctor.shows(report.summary), cacheLine(report), probeLine(report)])));
  return `${out.join('\n')}\n`;
}

function summaryLine(report: DoctorReport, style: ReturnType<typeof createStyle>): string {
  const { errors, warnings, infos } = report.totals;
  const t = words().doctor;
  if (errors + warnings + infos === 0) return style.green(`✔ ${t.nothingToFix}`);
  const mark = errors > 0 ? style.red('✖') : warnings > 0 ? style.yellow('⚠') : style.blue('ℹ');
  return `${mark} ${t.summary({ total: errors + warnings + infos, errors, warnings, infos, librechatVersion: report.target.librechatVersion })}`;
}

export function cacheLine(report: DoctorReport): string {
  const { cache } = report;
  const t = words().doctor.cache;
  if (cache.checked) return cache.location === 'redis' ? t.redis : t.memory;
  return cache.skipped === 'error' ? t.error(withFailureMessage(cache).error ?? 'error') : t.notRead;
}

export function probeLine(report: DoctorReport): string {
  const t = words().doctor.probe;
  if (report.probe.ran) return t.ran;
  return report.probe.skipped ? t.skipped(words().checkModels.probeSkipped[report.probe.skipped]) : t.notRun;
}
