import type { DoctorReport } from '../../doctor/types.js';
import { formatGithub } from '../validate/github.js';
import { formatSarif } from '../validate/sarif.js';
import type { ValidateReport } from '../../validate/report.js';
import { formatDoctorMarkdown } from './markdown.js';
import { formatDoctorStylish } from './stylish.js';
import { findingsAsDiagnostics, reportedBy, wordFinding } from './finding.js';
import { words } from '../i18n/index.js';
import { withFailureMessage } from '../errors/index.js';
import { withProbeSkipMessage } from '../check-models/messages.js';
import type { DoctorStep } from '../../doctor/run-doctor.js';

/** The progress line while one stage runs (a terminal only). */
export function stepLine(step: DoctorStep): string {
  return words().doctor.running(step);
}

type DoctorFormatter = (report: DoctorReport, options: { color: boolean }) => string;

/** The formats of `lc-doctor doctor`; the option's choices are this map's keys. */
export const doctorFormatters = {
  stylish: formatDoctorStylish,
  json: formatDoctorJson,
  markdown: formatDoctorMarkdown,
  github: (report, options) => formatGithub(asValidateReport(report), options),
  sarif: (report, options) => formatSarif(asValidateReport(report), options),
} satisfies Record<string, DoctorFormatter>;
export type DoctorFormat = keyof typeof doctorFormatters;

function formatDoctorJson(report: DoctorReport): string {
  const json = {
    schemaVersion: report.schemaVersion,
    command: 'doctor',
    exitCode: report.exitCode,
    target: report.target,
    runtime: report.runtime,
    librechat: report.librechat,
    files: report.files,
    totals: report.totals,
    findings: report.findings.map((finding) => {
      const words = wordFinding(finding);
      return { severity: finding.severity, id: words.id, fact: finding.fact, message: words.message, fix: words.fix ?? null, location: finding.location ?? null, reportedBy: reportedBy(finding).split(', ') };
    }),
    summary: report.summary,
    cache: withFailureMessage(report.cache),
    probe: withProbeSkipMessage(report.probe),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** github and sarif are validate's formatters over the merged findings. */
function asValidateReport(report: DoctorReport): ValidateReport {
  const diagnostics = findingsAsDiagnostics(report);
  return { target: report.target, files: report.files, runtime: report.runtime, librechat: report.librechat, diagnostics, totals: report.totals, sources: report.sources, rules: [] };
}
