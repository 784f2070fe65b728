import type { ClearReport } from '../../cache/clear.js';
import type { CacheWarning } from '../../cache/connection.js';
import { FAMILIES, type FamilyId } from '../../cache/families.js';
import type { ModelCacheKey } from '../../cache/inspect.js';
import type { PlacementReason } from '../../cache/targets.js';
import { redactPasswords } from '../../core/mask.js';
import { words } from '../i18n/index.js';
import type { Style } from '../shared/style.js';
import { describeVersionChoice } from '../version-choice.js';
import type { KeyStatus } from './words.js';

const labels = (ids: FamilyId[]) => words().validate.list(ids.map((id) => FAMILIES[id].label));

/**
 * Beyond this many keys (or cached lists) stylish output lists the first ones and counts the rest:
 * 150,000 lines help nobody, and `--format json` still lists every key.
 */
export const MAX_LISTED_LINES = 200;

/** Status of every planned key, from sets built once: a report of 1M keys stays linear. */
export function statusIndex(report: ClearReport): (key: string) => KeyStatus {
  const reappeared = new Set(report.reappeared);
  const deleted = new Set(report.deleted);
  const unknown = new Set(report.unknown);
  const otherwise: KeyStatus = report.dryRun ? 'planned' : 'kept';
  return (key) => (reappeared.has(key) ? 'reappeared' : deleted.has(key) ? 'deleted' : unknown.has(key) ? 'unknown' : otherwise);
}

export function describeWarning(warning: CacheWarning): string {
  return (words().clearCache.warnings[warning.code] as (w: CacheWarning) => string)(warning);
}

export function formatClearStylish(report: ClearReport, secrets: string[], style: Style): string {
  const t = words().clearCache;
  const mask = (s: string) => redactPasswords(s, secrets);
  const i = report.inspection;
  const out: string[] = [];
  for (const w of i.warnings) out.push(style.yellow(`${t.warningLabel}${mask(describeWarning(w))}`));
  out.push(describeWhere(report, mask), describeFamily(report));
  if (i.family.ambiguous) out.push(style.yellow(t.ambiguous(describeEvidence(report, mask))));
  if (report.planned.length > 0) {
    out.push('', style.bold(t.keysHeading(report.planned.length)));
    const statusOf = statusIndex(report);
    for (const k of report.planned.slice(0, MAX_LISTED_LINES)) out.push(`  ${formatKeyLine(k, statusOf(k.key), mask, style)}`);
    if (report.planned.length > MAX_LISTED_LINES) out.push(`  ${t.moreLines(report.planned.length - MAX_LISTED_LINES, 'key')}`);
  } else if (i.redis) {
    out.push('', t.noKeys);
  }
  const models = describeModels(report, mask);
  if (models.length > 0) out.push('', style.bold(t.listsHeading), ...models.map((line) => `  ${line}`));
  if (report.mongo) out.push('', t.mongo({ collection: report.mongo.collection, keys: report.mongo.found.map((d) => d.key), deleted: report.mongo.deleted.length }));
  // A warning, not a failure: LibreChat never caches models in MongoDB (librechat-cache.md §3).
  if (report.mongoUnreachable) out.push('', style.yellow(t.mongoUnreachable(mask(report.mongoUnreachable.message))));
  const restart = describeRestart(report, style);
  if (restart.length > 0) out.push('', ...restart);
  out.push('', style.bold(describeResult(report)));
  return `${out.join('\n')}\n`;
}

function describeWhere(report: ClearReport, mask: (s: string) => string): string {
  const r = report.inspection.redis;
  if (!r) return words().clearCache.noRedis;
  const prefix = r.keyPrefix ? { value: mask(r.keyPrefix), source: r.keyPrefixSource } : undefined;
  return words().clearCache.redis({ display: mask(r.display), cluster: r.cluster, db: r.db, ...(prefix ? { prefix } : {}) });
}

function describeFamily(report: ClearReport): string {
  const f = report.inspection.family;
  const t = words().clearCache.family;
  if (f.decidedBy === 'option') return t.option(labels(f.families), report.versionChoice ? describeVersionChoice(report.versionChoice) : undefined);
  if (f.decidedBy === 'keys') return t.keys(labels(f.families), f.families.length > 1 && !f.ambiguous);
  return t.unknown;
}

function formatKeyLine(k: ModelCacheKey, status: KeyStatus, mask: (s: string) => string, style: Style): string {
  const t = words().clearCache;
  const details = [k.role, k.ttlMs === null ? t.noExpiry : `ttl ${formatMs(k.ttlMs)}`, ...(k.bytes === null ? [] : [`${k.bytes} B`])];
  const colour = status === 'deleted' ? style.green : status === 'planned' ? style.dim : style.yellow;
  const orphan = k.orphan ? ` ${t.orphan(labels(k.families))}` : '';
  return `${mask(k.key)}  ${style.dim(t.details(details))}${orphan}  ${colour(t.status[status])}`;
}

function describeModels(report: ClearReport, mask: (s: string) => string): string[] {
  const t = words().clearCache;
  const i = report.inspection;
  const lines = i.modelLists.map((l) => {
    const parts = Object.entries(l.endpoints).map(([e, m]) => `${e} ${m.length}`);
    return t.entry(mask(l.key), words().validate.list(parts) || t.noEndpoints);
  });
  for (const q of i.modelQueries.slice(0, Math.max(0, MAX_LISTED_LINES - lines.length))) lines.push(t.entry(mask(q.key), t.fetched(q.models.length)));
  for (const u of i.undecodable.slice(0, Math.max(0, MAX_LISTED_LINES - lines.length))) lines.push(t.entry(mask(u), t.undecodable));
  const unlisted = i.modelLists.length + i.modelQueries.length + i.undecodable.length - lines.length;
  if (unlisted > 0) lines.push(t.moreLines(unlisted, 'cached list'));
  return lines;
}

function describeRestart(report: ClearReport, style: Style): string[] {
  const t = words().clearCache.restart;
  const { list, clauses } = words().validate;
  const lines: string[] = [];
  const i = report.inspection;
  if (!i.redis) lines.push(style.yellow(t.noRedis));
  for (const a of i.restart) {
    const family = FAMILIES[a.family];
    if (i.redis && a.inMemory.length > 0) {
      const why = clauses(
        groupBy(a.inMemory, (p) => p.reason).map(
          ([reason, places]) => list(places.map((p) => p.namespace)) + words().checkModels.aside(t.reason(reason as PlacementReason, family.label, list(family.defaultForcedInMemory))),
        ),
      );
      lines.push(style.yellow(t.inMemory(family.label, why)));
    }
    if (a.deleteAppConfigBeforeRestart) lines.push(t.appConfig(family.label));
  }
  return lines;
}

function describeResult(report: ClearReport): string {
  const t = words().clearCache.result;
  if (report.fault) return t.fault({ phase: report.fault.phase, deleted: report.deleted.length, notDeleted: report.notDeleted.length, unknown: report.unknown.length });
  if (report.aborted) return t.aborted;
  const n = report.planned.length;
  if (report.dryRun) return t.dryRun(n);
  if (n === 0 && !report.mongo?.found.length) return report.exitCode === 0 ? t.nothingStale : t.restartOnly;
  return t.deleted({ deleted: report.deleted.length, planned: n, reappeared: report.reappeared.length });
}

/** Which keys point at which versions: `APP_CONFIG:_BASE_ → v0.8.0-v0.8.2; MODEL_QUERIES:… (+2 more) → v0.8.5+`. */
function describeEvidence(report: ClearReport, mask: (s: string) => string): string {
  return words().validate.clauses(
    groupBy(report.planned, (k) => labels(k.families)).map(([versions, keys]) => `${mask(keys[0]!.key)}${keys.length > 1 ? ` ${words().clearCache.more(keys.length - 1)}` : ''} → ${versions}`),
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}
