import type { ClearReport } from '../../cache/clear.js';
import { FAMILIES, type FamilyId } from '../../cache/families.js';
import type { ModelCacheKey } from '../../cache/inspect.js';
import { redactPasswords } from '../../core/mask.js';
import type { Style } from '../shared/style.js';
import { describeVersionChoice } from '../version-choice.js';

/** Bumped when the JSON shape changes incompatibly. */
export const CLEAR_REPORT_SCHEMA_VERSION = 1;

type KeyStatus = 'planned' | 'deleted' | 'kept' | 'reappeared' | 'unknown';

export const clearReportFormats = {
  stylish: formatClearStylish,
  json: formatClearJson,
} as const;
export type ClearReportFormat = keyof typeof clearReportFormats;

const labels = (ids: FamilyId[]) => ids.map((id) => FAMILIES[id].label).join(', ');

/**
 * Beyond this many keys (or cached lists) stylish output lists the first ones and counts the rest:
 * 150,000 lines help nobody, and `--format json` still lists every key.
 */
export const MAX_LISTED_LINES = 200;

/** Status of every planned key, from sets built once: a report of 1M keys stays linear. */
function statusIndex(report: ClearReport): (key: string) => KeyStatus {
  const reappeared = new Set(report.reappeared);
  const deleted = new Set(report.deleted);
  const unknown = new Set(report.unknown);
  const otherwise: KeyStatus = report.dryRun ? 'planned' : 'kept';
  return (key) => (reappeared.has(key) ? 'reappeared' : deleted.has(key) ? 'deleted' : unknown.has(key) ? 'unknown' : otherwise);
}

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
    warnings: i.warnings,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function formatClearStylish(report: ClearReport, secrets: string[], style: Style): string {
  const mask = (s: string) => redactPasswords(s, secrets);
  const i = report.inspection;
  const out: string[] = [];
  for (const w of i.warnings) out.push(style.yellow(`warning: ${mask(w)}`));
  out.push(describeWhere(report, mask));
  out.push(describeFamily(report));
  if (i.family.ambiguous) {
    out.push(style.yellow(`! model-cache keys of several LibreChat versions coexist (${describeEvidence(report, mask)}), e.g. orphans left by an upgrade; all of them are in the plan`));
  }
  if (report.planned.length > 0) {
    out.push('', style.bold(`Model-cache keys (${report.planned.length}):`));
    const statusOf = statusIndex(report);
    for (const k of report.planned.slice(0, MAX_LISTED_LINES)) out.push(`  ${formatKeyLine(k, statusOf(k.key), mask, style)}`);
    if (report.planned.length > MAX_LISTED_LINES) out.push(`  ${moreLines(report.planned.length - MAX_LISTED_LINES, 'key')}`);
  } else if (i.redis) {
    out.push('', 'No model-cache keys in Redis.');
  }
  const models = describeModels(report, mask);
  if (models.length > 0) {
    out.push('', style.bold('Cached model lists:'));
    for (const line of models) out.push(`  ${line}`);
  }
  if (report.mongo) out.push('', describeMongo(report));
  if (report.mongoUnreachable) out.push('', style.yellow(describeMongoUnreachable(report.mongoUnreachable.message, mask)));
  const restart = describeRestart(report, style);
  if (restart.length > 0) out.push('', ...restart);
  out.push('', style.bold(describeResult(report)));
  return `${out.join('\n')}\n`;
}

function describeWhere(report: ClearReport, mask: (s: string) => string): string {
  const r = report.inspection.redis;
  if (!r) return 'Redis: not used (USE_REDIS is not true): every LibreChat cache is in process memory.';
  const prefix = r.keyPrefix ? `prefix "${mask(r.keyPrefix)}" from ${r.keyPrefixSource}` : 'no key prefix';
  return `Redis: ${mask(r.display)} (${r.cluster ? 'cluster' : `standalone, db ${r.db}`}, ${prefix})`;
}

function describeFamily(report: ClearReport): string {
  const f = report.inspection.family;
  if (f.decidedBy === 'option') return `LibreChat: ${labels(f.families)} (${report.versionChoice ? describeVersionChoice(report.versionChoice) : 'from --librechat-version'})`;
  if (f.decidedBy === 'keys') return `LibreChat: ${labels(f.families)} (detected from the key names present${f.families.length > 1 && !f.ambiguous ? '; these versions spell the keys alike, pass --librechat-version for exact restart advice' : ''})`;
  return 'LibreChat: version unknown (no model-cache keys found; pass --librechat-version for restart advice)';
}

function moreLines(count: number, noun: string): string {
  return `… and ${count} more ${noun}${count === 1 ? '' : 's'} (--format json lists every one)`;
}

function formatKeyLine(k: ModelCacheKey, status: KeyStatus, mask: (s: string) => string, style: Style): string {
  const ttl = k.ttlMs === null ? 'no expiry' : `ttl ${formatMs(k.ttlMs)}`;
  const size = k.bytes === null ? '' : `, ${k.bytes} B`;
  const colour = status === 'deleted' ? style.green : status === 'planned' ? style.dim : style.yellow;
  const orphan = k.orphan ? ` [orphan of ${labels(k.families)}]` : '';
  return `${mask(k.key)}  ${style.dim(`${k.role}, ${ttl}${size}`)}${orphan}  ${colour(status)}`;
}

function describeModels(report: ClearReport, mask: (s: string) => string): string[] {
  const i = report.inspection;
  const lines = i.modelLists.map((l) => {
    const parts = Object.entries(l.endpoints).map(([e, m]) => `${e} ${m.length}`);
    return `${mask(l.key)}: ${parts.join(', ') || 'no endpoints'}`;
  });
  for (const q of i.modelQueries.slice(0, Math.max(0, MAX_LISTED_LINES - lines.length))) {
    lines.push(`${mask(q.key)}: ${q.models.length} model${q.models.length === 1 ? '' : 's'} fetched`);
  }
  for (const u of i.undecodable.slice(0, Math.max(0, MAX_LISTED_LINES - lines.length))) lines.push(`${mask(u)}: value is not Keyv JSON of the expected shape`);
  const unlisted = i.modelLists.length + i.modelQueries.length + i.undecodable.length - lines.length;
  if (unlisted > 0) lines.push(moreLines(unlisted, 'cached list'));
  return lines;
}

/** A warning, not a failure: LibreChat never caches models in MongoDB (librechat-cache.md §3). */
function describeMongoUnreachable(message: string, mask: (s: string) => string): string {
  return `warning: MongoDB not reached (${mask(message)}). LibreChat keeps no model cache in MongoDB, so the cache verdict above stands; only stray model documents an older tool may have left in 'logs' were not checked (--skip-mongo silences this).`;
}

function describeMongo(report: ClearReport): string {
  const m = report.mongo!;
  if (m.found.length === 0) return `MongoDB ${m.collection}: no model-config documents (bans and other documents are never touched).`;
  const keys = m.found.map((d) => d.key).join(', ');
  return `MongoDB ${m.collection}: ${m.found.length} model-config document(s): ${keys}; deleted ${m.deleted.length}.`;
}

function describeRestart(report: ClearReport, style: Style): string[] {
  const lines: string[] = [];
  const i = report.inspection;
  if (!i.redis) lines.push(style.yellow('Restart every LibreChat API process (each PM2/cluster worker, each replica): the model cache lives in process memory and only a restart clears it.'));
  for (const a of i.restart) {
    if (i.redis && a.inMemory.length > 0) {
      const why = groupBy(a.inMemory, (p) => p.reason)
        .map(([reason, places]) => `${places.map((p) => p.namespace).join(', ')} (${reason})`)
        .join('; ');
      lines.push(style.yellow(`${FAMILIES[a.family].label}: in process memory: ${why}. Restart every API process/replica for model or librechat.yaml changes.`));
    }
    if (a.deleteAppConfigBeforeRestart) {
      lines.push(`${FAMILIES[a.family].label}: after a librechat.yaml change, APP_CONFIG:_BASE_ must be deleted before the restart (startup reads it instead of the YAML); this command deletes it.`);
    }
  }
  return lines;
}

function describeResult(report: ClearReport): string {
  if (report.fault) {
    const unknown = report.unknown.length > 0 ? `, unknown ${report.unknown.length} (sent, but Redis never answered; run --dry-run to see which are left)` : '';
    return `Stopped by a fault (${report.fault.phase}): deleted ${report.deleted.length}, not deleted ${report.notDeleted.length}${unknown}.`;
  }
  if (report.aborted) return 'Aborted: nothing deleted.';
  const n = report.planned.length;
  if (report.dryRun) return `Dry run: ${n} key(s) would be deleted; nothing was deleted.`;
  if (n === 0 && !report.mongo?.found.length) return report.exitCode === 0 ? 'Nothing stale in Redis: nothing to delete.' : 'Nothing to clear in Redis; a restart is needed.';
  const again = report.reappeared.length > 0 ? `; ${report.reappeared.length} reappeared (LibreChat rewrote them)` : '; re-check: all gone';
  return `Deleted ${report.deleted.length} of ${n} key(s)${again}.`;
}

/** Which keys point at which versions: `APP_CONFIG:_BASE_ → v0.8.0-v0.8.2; MODEL_QUERIES:… (+2 more) → v0.8.5+`. */
function describeEvidence(report: ClearReport, mask: (s: string) => string): string {
  return groupBy(report.planned, (k) => labels(k.families))
    .map(([versions, keys]) => `${mask(keys[0]!.key)}${keys.length > 1 ? ` (+${keys.length - 1} more)` : ''} → ${versions}`)
    .join('; ');
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
