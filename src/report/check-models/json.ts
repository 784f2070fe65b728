import type { CheckModelsReport } from '../../models/report.js';

/** The report as is: it is already plain data with `schemaVersion`. */
export function formatJson(report: CheckModelsReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
