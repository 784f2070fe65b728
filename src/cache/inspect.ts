import type { CacheSettings, CacheWarning } from './connection.js';
import { adviseRestart, attributeKeys, decideFamilies, keepTrustedKeys, type FamilyDecision, type FoundKey, type RestartAdvice } from './detect.js';
import { FAMILIES, familyForVersion, type FamilyId } from './families.js';
import { openRedisStore } from './redis-connect.js';
import type { RedisKeyStore } from './redis-store.js';
import { buildAllTargets, buildFamilyTargets, mergeTargets, type TargetOptions } from './targets.js';

/** A model-cache key present in Redis, with what Redis says about it. */
export interface ModelCacheKey extends FoundKey {
  /** Milliseconds left; `null` = no expiry. */
  ttlMs: number | null;
  /** Value size in bytes (STRLEN); `null` for non-string keys. */
  bytes: number | null;
  /** Written by a family other than the one chosen with `--librechat-version` (left by an upgrade). */
  orphan: boolean;
}

/** The decoded `MODELS_CONFIG` entry: the whole model list per endpoint LibreChat serves. */
export interface CachedModelList {
  key: string;
  families: FamilyId[];
  endpoints: Record<string, string[]>;
}

/** A decoded `MODEL_QUERIES` entry: model ids fetched from one provider. */
export interface CachedModelQuery {
  key: string;
  families: FamilyId[];
  models: string[];
  /** When Keyv drops the entry (epoch ms): 0.8.5+ keeps a fetch for two minutes; older lines forever. */
  expiresAt?: number;
}

/** Where LibreChat's model cache lives and what it holds. Plain data; formatters choose words. */
export interface CacheInspection {
  /** Where the aggregate model list lives for the decided family: Redis, or LibreChat's process memory. */
  location: 'redis' | 'memory';
  redis?: { display: string; cluster: boolean; db: number; keyPrefix: string; keyPrefixSource: string };
  family: FamilyDecision;
  keys: ModelCacheKey[];
  modelLists: CachedModelList[];
  modelQueries: CachedModelQuery[];
  /** Keys whose value is not Keyv JSON of the expected shape. */
  undecodable: string[];
  restart: RestartAdvice[];
  warnings: CacheWarning[];
}

export interface InspectOptions extends TargetOptions {
  librechatVersion?: string;
  /** An open store to reuse (clear-models-cache keeps one connection); opened and closed here otherwise. */
  store?: RedisKeyStore;
}

/** Read-only: finds LibreChat's model-cache keys in Redis (if any) and decodes the model lists. */
export async function inspectModelCache(settings: CacheSettings, options: InspectOptions = {}): Promise<CacheInspection> {
  const chosen = options.librechatVersion ? familyForVersion(options.librechatVersion).id : undefined;
  if (!settings.useRedis || !settings.redis) return memoryInspection(settings, chosen);
  const store = options.store ?? (await openRedisStore(settings));
  try {
    const found = await findKeys(store, settings, chosen, options);
    const family = decideFamilies(chosen, found);
    const info = await store.inspect(found.map((k) => k.key));
    const keys: ModelCacheKey[] = found.map((k, i) => ({
      ...k,
      ttlMs: info[i]!.ttlMs,
      bytes: info[i]!.bytes,
      orphan: family.decidedBy === 'option' && !k.families.includes(chosen!),
    }));
    const decoded = await decodeModelKeys(store, keys);
    const r = settings.redis;
    return {
      location: locate(family.families, settings),
      redis: { display: r.display, cluster: r.cluster, db: r.db, keyPrefix: settings.keyPrefix, keyPrefixSource: settings.keyPrefixSource },
      family,
      keys,
      ...decoded,
      restart: adviseRestart(family.families, settings),
      warnings: settings.warnings,
    };
  } finally {
    if (!options.store) await store.close();
  }
}

function memoryInspection(settings: CacheSettings, chosen: FamilyId | undefined): CacheInspection {
  const family = decideFamilies(chosen, []);
  return {
    location: 'memory',
    family,
    keys: [],
    modelLists: [],
    modelQueries: [],
    undecodable: [],
    restart: adviseRestart(chosen ? [chosen] : [], settings),
    warnings: settings.warnings,
  };
}

/**
 * Exact keys of every family are probed (cheap), so orphans show up even with --librechat-version;
 * scan patterns only for the chosen family, or all families when detecting (one SCAN pass either way).
 */
async function findKeys(store: RedisKeyStore, settings: CacheSettings, chosen: FamilyId | undefined, options: TargetOptions): Promise<FoundKey[]> {
  const all = mergeTargets(buildAllTargets(settings, options));
  const scans = chosen ? buildFamilyTargets(FAMILIES[chosen], settings, options).scans : all.scans;
  const info = await store.inspect(all.exact.map((t) => t.key));
  const existing = new Set(info.filter((i) => i.exists).map((i) => i.key));
  const matched = await store.scan(scans.map((t) => t.match));
  // Attribute with every family sharing a pattern, even when only one family was chosen.
  const scanned = scans.map((t) => ({ target: all.scans.find((s) => s.match === t.match) ?? t, keys: matched.get(t.match) ?? [] }));
  return keepTrustedKeys(attributeKeys(all.exact, existing, scanned), chosen);
}

async function decodeModelKeys(store: RedisKeyStore, keys: ModelCacheKey[]) {
  const wanted = keys.filter((k) => k.role === 'models-config' || k.role === 'model-queries');
  const raw = await store.read(wanted.map((k) => k.key));
  const modelLists: CachedModelList[] = [];
  const modelQueries: CachedModelQuery[] = [];
  const undecodable: string[] = [];
  wanted.forEach((k, i) => {
    const { value, expires } = decodeKeyvEntry(raw[i] ?? null);
    if (k.role === 'models-config' && isModelMap(value)) modelLists.push({ key: k.key, families: k.families, endpoints: value });
    else if (k.role === 'model-queries' && isStringArray(value)) modelQueries.push({ key: k.key, families: k.families, models: value, ...(expires ? { expiresAt: expires } : {}) });
    else if (raw[i] !== null) undecodable.push(k.key);
  });
  return { modelLists, modelQueries, undecodable };
}

/** Keyv stores `{"value": <data>, "expires": <ms|null>}` (keyv 5.5 omits `expires`). */
function decodeKeyvEntry(raw: string | null): { value?: unknown; expires?: number } {
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object' || !('value' in parsed)) return {};
    const { value, expires } = parsed as { value: unknown; expires?: unknown };
    return typeof expires === 'number' ? { value, expires } : { value };
  } catch {
    return {};
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isModelMap(value: unknown): value is Record<string, string[]> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isStringArray);
}

function locate(families: FamilyId[], settings: CacheSettings): 'redis' | 'memory' {
  if (families.length === 0) return 'redis';
  const memory = adviseRestart(families, settings).every((a) => {
    const family = FAMILIES[a.family];
    const listNamespace = family.hasConfigStore ? family.names.configStore : family.names.modelQueries;
    return a.inMemory.some((p) => p.namespace === listNamespace);
  });
  return memory ? 'memory' : 'redis';
}
