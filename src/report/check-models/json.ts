import type { CheckModelsReport } from '../../models/report.js';
import { withFailureMessage } from '../errors/index.js';
import { messageBesideDetail } from '../shared/detail-message.js';
import { describeFetchDetail, withProbeSkipMessage } from './messages.js';

/** The report as is (plain data with `schemaVersion`), with a cache failure, a skipped probe and each fetch failure worded beside its code. */
export function formatJson(report: CheckModelsReport): string {
  const json = { ...report, cache: withFailureMessage(report.cache), probe: withProbeSkipMessage(report.probe) };
  return JSON.stringify(json, messageBesideDetail(describeFetchDetail), 2) + '\n';
}
