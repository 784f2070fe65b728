import type { CheckModelsReport } from '../../models/report.js';
import { describeCheck, describeProbeHint, describeStep, plural } from './messages.js';

const ICON = { ok: '✅', warn: '⚠️', fail: '❌' } as const;

/** GitHub-flavoured Markdown for a CI job summary (`>> $GITHUB_STEP_SUMMARY`). */
export function formatMarkdown(report: CheckModelsReport): string {
  const out = [`## lc-doctor check-models`, '', `LibreChat ${report.target.librechatVersion} · ${[report.files.config, report.files.env].filter(Boolean).join(', ')}`, ''];
  out.push('| | endpoint | model | finding | fix |', '|---|---|---|---|---|');
  for (const check of report.checks) {
    const where = check.location ? ` (${check.location.file}:${check.location.line})` : '';
    out.push(`| ${ICON[check.status]} | ${cell(check.endpoint)} | ${cell(check.model)} | ${cell(describeCheck(check) + where)} | ${check.fix ? codeCell(check.fix.text) : cell(describeProbeHint(check))} |`);
  }
  if (report.why) {
    out.push('', `### why \`${report.why.model}\`: ${report.why.verdict}`, '');
    report.why.steps.forEach((step, i) => out.push(`${i + 1}. ${describeStep(step)}`));
    if (report.why.fix) out.push('', '```', report.why.fix.text, '```');
  }
  const { ok, warn, fail, endpoints, models } = report.summary;
  out.push('', `**${ok} ok, ${warn} warn, ${fail} fail** · ${plural(endpoints, 'endpoint')}, ${plural(models, 'model')} shown`);
  if (report.fix) {
    const verb = report.fix.dryRun ? 'would correct' : 'corrected';
    out.push('', `--fix ${verb}: ${report.fix.fixed.map((f) => `\`${f.model ?? ''}\` → \`${f.replacement}\``).join(', ') || 'nothing'}`);
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
