import type { CheckModelsReport } from '../../models/report.js';
import { withFailureMessage } from '../errors/index.js';

/** The report as is (plain data with `schemaVersion`), with a cache failure worded beside its code. */
export function formatJson(report: CheckModelsReport): string {
  return JSON.stringify({ ...report, cache: withFailureMessage(report.cache) }, null, 2) + '\n';
}
