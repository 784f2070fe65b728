import type { Severity } from '../../core/diagnostic.js';
import { VERSION } from '../../version.js';
import { ruleDocsUrl } from '../shared/rule-docs.js';
import { words } from '../i18n/index.js';
import type { Formatter } from './types.js';
import { wordFinding } from './word-finding.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };
const levelOf = (severity: string) => level[severity as Severity] ?? 'warning';

/** SARIF 2.1.0 for code-scanning uploads; rules sorted by id, results in report order. */
export const formatSarif: Formatter = (report) => {
  const ruleIds = [...new Set([...report.rules.map((r) => r.id), ...report.diagnostics.map((d) => d.ruleId)])].sort();
  const described = new Map(report.rules.map((r) => [r.id, r]));
  const rules = ruleIds.map((id) => ({
    id,
    shortDescription: { text: words().validate.ruleDescriptions[id] ?? described.get(id)?.description ?? id },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: levelOf(described.get(id)?.defaultSeverity ?? 'error') },
  }));
  const results = report.diagnostics.map((d) => ({ d, worded: wordFinding(d) })).map(({ d, worded }) => ({
    ruleId: d.ruleId,
    ruleIndex: ruleIds.indexOf(d.ruleId),
    level: level[d.severity],
    message: { text: worded.hint ? words().validate.withHint(worded.message, worded.hint) : worded.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: d.file.split('\\').join('/') },
          region: d.range
            ? { startLine: d.range.line, startColumn: d.range.column, endLine: d.range.endLine, endColumn: d.range.endColumn }
            : { startLine: 1 },
        },
      },
    ],
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lc-doctor', version: VERSION, informationUri: 'https://github.com/lc-doctor/lc-doctor', rules } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};
