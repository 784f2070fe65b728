import type { ProbeReport } from '../../probe/report.js';

/** Machine output: the report as data, rounded timings, stable key order from the builders. */
export function formatProbeJson(report: ProbeReport): string {
  return `${JSON.stringify(report, (key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 10) / 10 : value), 2)}\n`;
}
