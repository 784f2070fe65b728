import type { ProbeReport } from '../../probe/report.js';
import { messageBesideDetail } from '../shared/detail-message.js';
import { describeProbeDetail } from './words.js';

/** Machine output: the report as data, rounded timings, each failure detail worded beside its code, stable key order from the builders. */
export function formatProbeJson(report: ProbeReport): string {
  const worded = messageBesideDetail(describeProbeDetail);
  return `${JSON.stringify(report, (key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 10) / 10 : worded(key, value)), 2)}\n`;
}
