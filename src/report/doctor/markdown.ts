import type { DoctorReport } from '../../doctor/types.js';
import { describeRuntimeLine } from '../runtime.js';
import { cacheLine, probeLine } from './stylish.js';
import { words } from '../i18n/index.js';
import { reportedBy, wordFinding } from './finding.js';

const ICON = { error: '❌', warn: '⚠️', info: 'ℹ️' } as const;

/** A GitHub job summary (`>> "$GITHUB_STEP_SUMMARY"`): one table, what to fix first at the top. */
export function formatDoctorMarkdown(report: DoctorReport): string {
  const { errors, warnings, infos } = report.totals;
  const t = words().doctor;
  const out = [
    '## lc-doctor doctor',
    '',
    errors + warnings + infos === 0 ? t.markdown.nothing : t.markdown.totals({ errors, warnings, infos, librechatVersion: report.target.librechatVersion }),
    '',
    `_${escapeCell(describeRuntimeLine(report.runtime))}_`,
    '',
  ];
  if (report.findings.length > 0) {
    out.push(t.markdown.columns, '|---|---|---|---|---|---|');
    report.findings.forEach((finding, index) => {
      const worded = wordFinding(finding);
      const where = finding.location ? `\`${finding.location.file}:${finding.location.line}\`` : '';
      out.push(`| ${index + 1} | ${ICON[finding.severity]} | ${escapeCell(worded.message)} | ${escapeCell(worded.fix ?? '')} | ${where} | ${reportedBy(finding)} |`);
    });
    out.push('');
  }
  out.push(t.markdown.sentence(t.join([t.shows(report.summary), cacheLine(report), probeLine(report)])));
  return `${out.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
