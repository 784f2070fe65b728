/**
 * LibreChat's model cache: where it lives, what it holds, and how to clear exactly it.
 * ioredis and mongodb load only when a function that needs them runs.
 */
export { resolveCacheSettings, isEnabled, type CacheSettings, type RedisSettings, type RedisNode } from './connection.js';
export { FAMILIES, FAMILY_IDS, familyForVersion, type Family, type FamilyId } from './families.js';
export type { EntryRole, NamespacePlacement } from './targets.js';
export type { FamilyDecision, FoundKey, RestartAdvice } from './detect.js';
export {
  inspectModelCache,
  type CacheInspection,
  type CachedModelList,
  type CachedModelQuery,
  type InspectOptions,
  type ModelCacheKey,
} from './inspect.js';
