import type { CheckModelsReport } from '../../models/report.js';
import { words } from '../i18n/index.js';
import { describeAppliedFix, describeCheck, describePlace, describeProbeHint, describeStep, fixText } from './messages.js';

const ICON = { ok: '✅', warn: '⚠️', fail: '❌' } as const;

/** GitHub-flavoured Markdown for a CI job summary (`>> $GITHUB_STEP_SUMMARY`). */
export function formatMarkdown(report: CheckModelsReport): string {
  const t = words().checkModels;
  const { list } = words().validate;
  const out = [`## lc-doctor check-models`, '', `LibreChat ${report.target.librechatVersion} · ${list([report.files.config, report.files.env].filter((file): file is string => Boolean(file)))}`, ''];
  out.push(t.markdownColumns, '|---|---|---|---|---|');
  for (const check of report.checks) {
    const where = check.location ? t.aside(`${check.location.file}:${check.location.line}`) : '';
    out.push(`| ${ICON[check.status]} | ${cell(check.endpoint)} | ${cell(check.model)} | ${cell(describeCheck(check) + where)} | ${check.fix ? codeCell(fixText(check.fix)) : cell(describeProbeHint(check))} |`);
  }
  if (report.why) {
    out.push('', `### ${t.titled(t.whyTitle(`\`${report.why.model}\``), t.whyVerdict[report.why.verdict])}`, '');
    report.why.steps.forEach((step, i) => out.push(`${i + 1}. ${describeStep(step)}`));
    if (report.why.fix) out.push('', '```', fixText(report.why.fix), '```');
    for (const place of report.why.places ?? []) out.push('', `- ${describePlace(place)}`, '', '```', fixText(place.fix), '```');
  }
  const { ok, warn, fail, endpoints, models } = report.summary;
  const counts = t.counts({ ok, warn, fail });
  out.push('', `**${list([counts.ok, counts.warn, counts.fail])}** · ${t.summary({ endpoints, models })}`);
  if (report.fix) {
    out.push('', t.fix.markdown(report.fix.dryRun, list(report.fix.fixed.map((f) => `\`${describeAppliedFix(f, '→')}\``))));
  }
  return out.join('\n') + '\n';
}

/**
 * A multi-line fix in one table cell. A Markdown code span cannot hold a line break (`<br>` would
 * show literally), so the cell is HTML `<code>` with `<br>` and the YAML indentation kept.
 */
function codeCell(text: string): string {
  const lines = text.split('\n').map((line) => escapeHtml(line).replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length)));
  return `<code>${lines.join('<br>').replace(/\|/g, '\\|')}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}
