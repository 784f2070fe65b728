import type { DoctorReport } from '../../doctor/types.js';
import { describeRuntimeLine } from '../runtime.js';
import { cacheLine, probeLine } from './stylish.js';
import { reportedBy, wordFinding } from './words.js';

const ICON = { error: '❌', warn: '⚠️', info: 'ℹ️' } as const;

/** A GitHub job summary (`>> "$GITHUB_STEP_SUMMARY"`): one table, what to fix first at the top. */
export function formatDoctorMarkdown(report: DoctorReport): string {
  const { errors, warnings, infos } = report.totals;
  const out = [
    '## lc-doctor doctor',
    '',
    errors + warnings + infos === 0 ? '✅ Nothing to fix.' : `**${errors} error(s), ${warnings} warning(s), ${infos} info(s)**, judged by LibreChat ${report.target.librechatVersion}.`,
    '',
    `_${escapeCell(describeRuntimeLine(report.runtime))}_`,
    '',
  ];
  if (report.findings.length > 0) {
    out.push('| # | | finding | fix | where | shown by |', '|---|---|---|---|---|---|');
    report.findings.forEach((finding, index) => {
      const words = wordFinding(finding);
      const where = finding.location ? `\`${finding.location.file}:${finding.location.line}\`` : '';
      out.push(`| ${index + 1} | ${ICON[finding.severity]} | ${escapeCell(words.message)} | ${escapeCell(words.fix ?? '')} | ${where} | ${reportedBy(finding)} |`);
    });
    out.push('');
  }
  out.push(`${report.summary.endpoints} endpoint(s) and ${report.summary.models} model(s) will show; ${cacheLine(report)}; ${probeLine(report)}.`);
  return `${out.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
