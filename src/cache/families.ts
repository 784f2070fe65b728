import { CACHE_FAMILY_IDS, cacheFamilyOf, resolveLibreChatVersion, type CacheFamilyId } from '../librechat/index.js';

/**
 * LibreChat version families that differ in where and under which Redis key names the model
 * cache lives. Source: `librechat-cache.md` (tags v0.7.5 to v0.8.8-rc1).
 */
export const FAMILY_IDS = CACHE_FAMILY_IDS;
export type FamilyId = CacheFamilyId;

/** How a family spells the model-config keys on the wire. */
export type KeyStyle =
  /** keyv 4 + @keyv/redis 2 with `useRedisSets: false`: one shared `keyv` namespace. */
  | 'keyv4-sets'
  /** keyv 5 + @keyv/redis 4 through the old `keyvRedis.js`: shared `keyv` namespace, prefix ignored. */
  | 'keyv5-shared'
  /** `standardCache`: `[<P>::]<NAMESPACE>:<key>`. */
  | 'namespaced';

/** Everything that decides a family's key names and where its caches live. */
export interface Family {
  id: FamilyId;
  /** Human label, e.g. `v0.8.0-v0.8.2`. */
  label: string;
  style: KeyStyle;
  /** CacheKeys values of this family (camelCase up to v0.7.9, UPPER_CASE from v0.8.0). */
  names: {
    configStore: string;
    modelQueries: string;
    tokenConfig: string;
    modelsConfig: string;
    endpointsConfig: string;
    startupConfig: string;
    customConfig?: string;
    appConfig?: string;
  };
  /** Which REDIS_KEY_PREFIX this family honours on the keyv store. */
  prefix: 'none' | 'raw-ioredis' | 'separator';
  /** The aggregate CONFIG_STORE entries (MODELS_CONFIG, ...) exist in this family. */
  hasConfigStore: boolean;
  /** `FORCED_IN_MEMORY_CACHE_NAMESPACES` when the variable is unset. */
  defaultForcedInMemory: string[];
  /** `FORCED_IN_MEMORY_CACHE_NAMESPACES` is read at all. */
  readsForcedInMemory: boolean;
}

const LOWER = {
  configStore: 'configStore',
  modelQueries: 'modelQueries',
  tokenConfig: 'tokenConfig',
  modelsConfig: 'modelsConfig',
  endpointsConfig: 'endpointsConfig',
  startupConfig: 'startupConfig',
  customConfig: 'customConfig',
};
const UPPER = {
  configStore: 'CONFIG_STORE',
  modelQueries: 'MODEL_QUERIES',
  tokenConfig: 'TOKEN_CONFIG',
  modelsConfig: 'MODELS_CONFIG',
  endpointsConfig: 'ENDPOINT_CONFIG',
  startupConfig: 'STARTUP_CONFIG',
  appConfig: 'APP_CONFIG',
};

const base = { hasConfigStore: true, defaultForcedInMemory: [] as string[], readsForcedInMemory: false };

export const FAMILIES: Record<FamilyId, Family> = {
  '0.7.5-0.7.6': { ...base, id: '0.7.5-0.7.6', label: 'v0.7.5-v0.7.6', style: 'keyv4-sets', names: LOWER, prefix: 'none' },
  '0.7.7': { ...base, id: '0.7.7', label: 'v0.7.7', style: 'keyv4-sets', names: LOWER, prefix: 'raw-ioredis' },
  '0.7.8': { ...base, id: '0.7.8', label: 'v0.7.8', style: 'keyv5-shared', names: LOWER, prefix: 'none' },
  '0.7.9': { ...base, id: '0.7.9', label: 'v0.7.9', style: 'namespaced', names: LOWER, prefix: 'separator' },
  '0.8.0-0.8.2': {
    ...base,
    id: '0.8.0-0.8.2',
    label: 'v0.8.0-v0.8.2',
    style: 'namespaced',
    names: UPPER,
    prefix: 'separator',
    readsForcedInMemory: true,
  },
  '0.8.3-0.8.4': {
    ...base,
    id: '0.8.3-0.8.4',
    label: 'v0.8.3-v0.8.4',
    style: 'namespaced',
    names: UPPER,
    prefix: 'separator',
    readsForcedInMemory: true,
    defaultForcedInMemory: ['CONFIG_STORE', 'APP_CONFIG'],
  },
  '0.8.5+': {
    ...base,
    id: '0.8.5+',
    label: 'v0.8.5+',
    style: 'namespaced',
    names: UPPER,
    prefix: 'separator',
    hasConfigStore: false,
    readsForcedInMemory: true,
    defaultForcedInMemory: ['CONFIG_STORE', 'APP_CONFIG'],
  },
};

/** The family of a LibreChat version, through the registry (which refuses unknown versions with the list). */
export function familyForVersion(version: string): Family {
  return FAMILIES[cacheFamilyOf(resolveLibreChatVersion(version))];
}
