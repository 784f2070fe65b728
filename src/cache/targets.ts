import type { CacheSettings } from './connection.js';
import { FAMILIES, FAMILY_IDS, type Family, type FamilyId } from './families.js';

/** What a model-cache entry holds; decides wording and whether it is decoded as a model list. */
export type EntryRole =
  | 'models-config'
  | 'endpoints-config'
  | 'startup-config'
  | 'custom-config'
  | 'app-config'
  | 'app-config-override'
  | 'model-queries'
  | 'token-config';

/** One exact Redis key a family writes model config under. */
export interface ExactTarget {
  key: string;
  role: EntryRole;
  families: FamilyId[];
}

/** A `SCAN MATCH` pattern (prefix glob-escaped) for keys whose suffix is not known in advance. */
export interface ScanTarget {
  match: string;
  role: EntryRole;
  families: FamilyId[];
  /**
   * The family shares Keyv's default `keyv` namespace with violations, roles and other apps:
   * matches count only when that family is chosen or its exact keys exist.
   */
  sharedNamespace: boolean;
}

/** Where one of LibreChat's cache namespaces lives for a family and these settings. */
export interface NamespacePlacement {
  namespace: string;
  where: 'redis' | 'memory';
  reason: PlacementReason;
}

/**
 * Why a namespace lives where it does: `USE_REDIS` is not true, `FORCED_IN_MEMORY_CACHE_NAMESPACES`
 * is unset and the family's default forces it, that variable lists it, or `USE_REDIS=true`.
 */
export type PlacementReason = 'redis-off' | 'forced-by-default' | 'forced-listed' | 'redis-on';

/** The pure plan of what to look for: the Redis-facing half only talks through these. */
export interface FamilyTargets {
  family: FamilyId;
  exact: ExactTarget[];
  scans: ScanTarget[];
  placements: NamespacePlacement[];
}

export interface TargetOptions {
  includeTokenConfig?: boolean;
}

/** Redis glob metacharacters that must be escaped for a literal prefix in `SCAN MATCH`. */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\^]/g, (c) => `\\${c}`);
}

/** Key names and scan patterns of one family, built with that family's prefix rules. */
export function buildFamilyTargets(family: Family, settings: CacheSettings, options: TargetOptions = {}): FamilyTargets {
  const n = family.names;
  const placements = placeNamespaces(family, settings);
  const inRedis = (ns: string) => placements.find((p) => p.namespace === ns)?.where === 'redis';
  const exact: ExactTarget[] = [];
  const scans: ScanTarget[] = [];
  const keyOf = keyBuilder(family, settings);
  const shared = family.style !== 'namespaced';
  const add = (ns: string, key: string, role: EntryRole) => {
    if (inRedis(ns)) exact.push({ key: keyOf(ns, key), role, families: [family.id] });
  };
  if (family.hasConfigStore) {
    add(n.configStore, n.modelsConfig, 'models-config');
    add(n.configStore, n.endpointsConfig, 'endpoints-config');
    add(n.configStore, n.startupConfig, 'startup-config');
    if (n.customConfig) add(n.configStore, n.customConfig, 'custom-config');
  }
  if (n.appConfig) add(n.appConfig, '_BASE_', 'app-config');
  const scan = (ns: string, suffix: string, role: EntryRole) => {
    if (!inRedis(ns)) return;
    scans.push({ match: `${escapeGlob(keyOf(ns, ''))}${suffix}`, role, families: [family.id], sharedNamespace: shared });
  };
  // Before v0.7.9 every store shares one namespace: MODEL_QUERIES keys are bare base URLs.
  scan(n.modelQueries, shared ? 'http*' : '*', 'model-queries');
  if (n.appConfig && family.id === '0.8.5+') scan(n.appConfig, '_OVERRIDE_:*', 'app-config-override');
  if (options.includeTokenConfig && !shared) scan(n.tokenConfig, '*', 'token-config');
  return { family: family.id, exact, scans, placements };
}

function keyBuilder(family: Family, settings: CacheSettings): (ns: string, key: string) => string {
  switch (family.style) {
    case 'keyv4-sets': {
      // v0.7.7 hands REDIS_KEY_PREFIX to ioredis `keyPrefix` (raw, no separator); its cluster branch does not.
      const raw = family.prefix === 'raw-ioredis' && !settings.redis?.cluster ? settings.rawKeyPrefix : '';
      return (_ns, key) => `${raw}sets:namespace:keyv:keyv:${key}`;
    }
    case 'keyv5-shared':
      return (_ns, key) => `keyv::keyv:${key}`;
    case 'namespaced': {
      const p = settings.keyPrefix ? `${settings.keyPrefix}::` : '';
      return (ns, key) => `${p}${ns}:${key}`;
    }
  }
}

/** Model-related namespaces of a family and whether LibreChat keeps them in Redis or in memory. */
export function placeNamespaces(family: Family, settings: CacheSettings): NamespacePlacement[] {
  const n = family.names;
  const namespaces = [n.configStore, n.modelQueries, n.tokenConfig, ...(n.appConfig ? [n.appConfig] : [])];
  const forced = settings.forcedInMemory ?? family.defaultForcedInMemory;
  const forcedReason = settings.forcedInMemory === undefined ? 'forced-by-default' : 'forced-listed';
  return namespaces.map((namespace) => {
    if (!settings.useRedis) return { namespace, where: 'memory', reason: 'redis-off' };
    if (family.readsForcedInMemory && forced.includes(namespace)) return { namespace, where: 'memory', reason: forcedReason };
    return { namespace, where: 'redis', reason: 'redis-on' };
  });
}

/**
 * All families' targets merged: identical keys and patterns are listed once with every family
 * that writes them (v0.8.0-0.8.4 share spellings; v0.7.7 without a prefix equals v0.7.5).
 */
export function mergeTargets(list: FamilyTargets[]): { exact: ExactTarget[]; scans: ScanTarget[] } {
  const exact = new Map<string, ExactTarget>();
  const scans = new Map<string, ScanTarget>();
  for (const t of list) {
    for (const e of t.exact) {
      const seen = exact.get(e.key);
      if (seen) seen.families.push(...e.families);
      else exact.set(e.key, { ...e, families: [...e.families] });
    }
    for (const s of t.scans) {
      const seen = scans.get(s.match);
      if (seen) seen.families.push(...s.families);
      else scans.set(s.match, { ...s, families: [...s.families] });
    }
  }
  return { exact: [...exact.values()], scans: [...scans.values()] };
}

/** Targets of every family, for detection by the keys present. */
export function buildAllTargets(settings: CacheSettings, options: TargetOptions = {}): FamilyTargets[] {
  return FAMILY_IDS.map((id) => buildFamilyTargets(FAMILIES[id], settings, options));
}

/**
 * v0.8.5+ keys MODEL_QUERIES by a 32-hex hash, v0.8.0-0.8.4 by the base URL: the suffix tells
 * which of the families sharing the `MODEL_QUERIES:*` pattern wrote a key.
 */
export function familiesOfScannedKey(target: ScanTarget, key: string): FamilyId[] {
  if (target.role !== 'model-queries' || !target.families.includes('0.8.5+')) return target.families;
  const hashed = /:[0-9a-f]{32}$/.test(key);
  const narrowed = target.families.filter((f) => (f === '0.8.5+') === hashed);
  return narrowed.length > 0 ? narrowed : target.families;
}
