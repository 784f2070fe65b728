import type { Severity } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';
import { words } from '../i18n/index.js';
import { describeVersionChoice } from '../version-choice.js';
import { wordFinding } from './word-finding.js';

const command: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: annotations on the pull request diff.
 * Escaping follows the runner's rules (data: %, CR, LF; properties also ':' and ',').
 */
export const formatGithub: Formatter = (report) => {
  const lines = report.diagnostics.map((d) => {
    const props = [
      `file=${escapeProperty(d.file)}`,
      d.range ? `line=${d.range.line}` : undefined,
      d.range ? `col=${d.range.column}` : undefined,
      d.range ? `endLine=${d.range.endLine}` : undefined,
      d.range && d.range.endLine === d.range.line ? `endColumn=${d.range.endColumn}` : undefined,
      `title=${escapeProperty(`lc-doctor(${d.ruleId})`)}`,
    ].filter(Boolean);
    const { message: text, hint } = wordFinding(d);
    const message = hint ? `${text}\n${hint}` : text;
    return `::${command[d.severity]} ${props.join(',')}::${escapeData(message)}`;
  });
  const { errors, warnings, infos } = report.totals;
  const t = words().validate;
  lines.push(`lc-doctor: ${t.clauses([t.counts({ errors, warnings, infos }), t.judgedBy(report.target, describeVersionChoice(report.target))])}`);
  return lines.join('\n') + '\n';
};

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
