import type { ClearReport } from '../../cache/clear.js';
import { FAMILIES } from '../../cache/families.js';
import { redactPasswords } from '../../core/mask.js';
import { describeWarning, statusIndex } from './stylish.js';

/** Bumped when the JSON shape changes incompatibly (2: warnings and restart reasons are codes). */
export const CLEAR_REPORT_SCHEMA_VERSION = 2;

export function formatClearJson(report: ClearReport, secrets: string[]): string {
  const i = report.inspection;
  const mask = (s: string) => redactPasswords(s, secrets);
  const statusOf = statusIndex(report);
  const deleted = new Set(report.deleted);
  const unknownKeys = new Set(report.unknown);
  const json = {
    schemaVersion: CLEAR_REPORT_SCHEMA_VERSION,
    command: 'clear-models-cache',
    dryRun: report.dryRun,
    exitCode: report.exitCode,
    location: i.location,
    redis: i.redis ? { ...i.redis, display: undefined, uri: mask(i.redis.display) } : null,
    family: { ...i.family, labels: i.family.families.map((id) => FAMILIES[id].label) },
    versionChoice: report.versionChoice ?? null,
    keys: report.planned.map((k) => ({
      key: mask(k.key),
      role: k.role,
      families: k.families,
      ttlMs: k.ttlMs,
      bytes: k.bytes,
      orphan: k.orphan,
      status: statusOf(k.key),
    })),
    deleted: report.deleted.map(mask),
    kept: report.planned.map((k) => k.key).filter((k) => !deleted.has(k) && !unknownKeys.has(k)).map(mask),
    unknown: report.unknown.map(mask),
    reappeared: report.reappeared.map(mask),
    models: {
      lists: i.modelLists.map((l) => ({ key: mask(l.key), endpoints: Object.fromEntries(Object.entries(l.endpoints).map(([e, m]) => [e, m.length])) })),
      queries: i.modelQueries.map((q) => ({ key: mask(q.key), models: q.models.length })),
    },
    restart: i.restart,
    mongo: report.mongo ?? null,
    mongoUnreachable: report.mongoUnreachable ?? null,
    aborted: report.aborted,
    fault: report.fault ?? null,
    warnings: i.warnings.map((warning) => ({ ...warning, message: mask(describeWarning(warning)) })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
