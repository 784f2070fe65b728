import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Cluster } from 'ioredis';
import { Redis } from 'ioredis';
import KeyvRedis4_3, { createClient as createClient4_3 } from 'keyv-redis-4.3.3';
import KeyvRedis4_6, { createClient as createClient4_6, createCluster as createCluster4_6 } from 'keyv-redis-4.6.0';
import { Keyv as Keyv5_3 } from 'keyv-5.3.2';
import { Keyv as Keyv5_5 } from 'keyv-5.5.2';
import type { FamilyId } from '../../src/cache/families.js';

/**
 * Writes Redis exactly the way LibreChat does, per version family, with the keyv / @keyv/redis
 * versions of each release's lockfile and LibreChat's constructor calls (librechat-cache.md §2).
 * Key names are never spelled here for the model entries: the real libraries produce them.
 */

const require = createRequire(import.meta.url);
// keyv 4 / @keyv/redis 2 are CommonJS only.
const Keyv4 = require('keyv-4.5.4') as new (opts: object) => KeyvLike;
const KeyvRedis2 = require('keyv-redis-2.8.4') as new (uri: string, opts: object) => { redis: { quit(): Promise<unknown> } };

interface KeyvLike {
  set(key: string, value: unknown, ttl?: number): Promise<unknown>;
}

/** Handles for one family's writers: a store factory per namespace and a way to close it all. */
interface FamilyWriter {
  store: (namespace: string) => KeyvLike;
  close: () => Promise<void>;
}

const MODELS = { openAI: ['gpt-4o', 'gpt-4o-mini', 'o3'], groq: ['llama-3.3-70b'] };
const OPENAI_URL = 'https://api.openai.com/v1';

/** Opens the writers the given family uses (`uri` may carry a db index; `prefix` = REDIS_KEY_PREFIX). */
async function openWriter(family: FamilyId, uri: string, prefix: string): Promise<FamilyWriter> {
  if (family === '0.7.5-0.7.6' || family === '0.7.7') {
    const opts = family === '0.7.7' ? { useRedisSets: false, keyPrefix: prefix } : { useRedisSets: false };
    const keyvRedis = new KeyvRedis2(uri, opts);
    const shared = new Keyv4({ store: keyvRedis });
    return { store: () => shared, close: async () => void (await keyvRedis.redis.quit()) };
  }
  if (family === '0.7.8') {
    const keyvRedis = new KeyvRedis4_3(uri);
    const shared = new Keyv5_3({ store: keyvRedis }) as unknown as KeyvLike;
    return { store: () => shared, close: () => keyvRedis.disconnect() };
  }
  // v0.7.9+: cacheFactory's standardCache over one node-redis client from @keyv/redis.
  const old = family === '0.7.9' || family === '0.8.0-0.8.2';
  const client = old ? createClient4_3({ url: uri }) : createClient4_6({ url: uri });
  await client.connect();
  return {
    store: (namespace) => standardCache(old, client, namespace, prefix),
    close: async () => void (await client.quit()),
  };
}

function standardCache(old: boolean, client: unknown, namespace: string, prefix: string): KeyvLike {
  const keyvRedis = old ? new KeyvRedis4_3(client as never) : new KeyvRedis4_6(client as never);
  const cache = old ? new Keyv5_3(keyvRedis as never, { namespace }) : new Keyv5_5(keyvRedis as never, { namespace });
  keyvRedis.namespace = prefix;
  keyvRedis.keyPrefixSeparator = '::';
  return cache as unknown as KeyvLike;
}

/** Each family that keeps an aggregate model list in Redis, with a LibreChat line it covers. */
export const AGGREGATE_LIST_FAMILIES = [
  ['0.7.5-0.7.6', '0.7.6'],
  ['0.7.7', '0.7.7'],
  ['0.7.8', '0.7.8'],
  ['0.7.9', '0.7.9'],
  ['0.8.0-0.8.2', '0.8.2'],
  ['0.8.3-0.8.4', '0.8.4'],
] as const satisfies readonly (readonly [FamilyId, string])[];

/** Namespace names as the family's CacheKeys spell them. */
function ns(family: FamilyId) {
  const upper = !['0.7.5-0.7.6', '0.7.7', '0.7.8', '0.7.9'].includes(family);
  return upper
    ? { config: 'CONFIG_STORE', queries: 'MODEL_QUERIES', token: 'TOKEN_CONFIG', models: 'MODELS_CONFIG', endpoints: 'ENDPOINT_CONFIG', startup: 'STARTUP_CONFIG' }
    : { config: 'configStore', queries: 'modelQueries', token: 'tokenConfig', models: 'modelsConfig', endpoints: 'endpointsConfig', startup: 'startupConfig' };
}

export interface SeedOptions {
  family: FamilyId;
  uri: string;
  prefix?: string;
  /** FORCED_IN_MEMORY_CACHE_NAMESPACES as LibreChat would read it (undefined = unset). */
  forcedInMemory?: string[];
}

/** LibreChat's neighbours of the model cache: sessions, violations, roles, limiters, token config. */
export async function seedNeighbours(options: SeedOptions, raw: Redis): Promise<void> {
  const { family, uri } = options;
  const prefix = options.prefix ?? '';
  const w = await openWriter(family, uri, prefix);
  const n = ns(family);
  try {
    await w.store('violations').set('logins:127.0.0.1', { count: 3 });
    await w.store(family.startsWith('0.8') ? 'ROLES' : 'roles').set('USER', { permissions: { MODELS: true } });
    await w.store(family.startsWith('0.8') ? 'PENDING_REQ' : 'pendingRequests').set('user-1', 1, 60_000);
    await w.store(n.token).set('OpenRouter', { 'gpt-4o': { prompt: 2.5 } }, 1_800_000);
  } finally {
    await w.close();
  }
  // express-session / connect-redis and rate-limit-redis write through ioredis, not Keyv.
  if (family === '0.7.5-0.7.6' || family === '0.7.7') await raw.set('librechatsid-abc', '{"cookie":{}}', 'PX', 86_400_000);
  else if (family === '0.7.8') await raw.set('openid_sessionsid-abc', '{"cookie":{}}', 'PX', 86_400_000);
  else await raw.set(`${prefix}::${family === '0.7.9' ? 'openid_session' : 'OPENID_SESSION'}:sid-abc`, '{"cookie":{}}', 'PX', 86_400_000);
  await raw.set('login_limiter:127.0.0.1', '4', 'PX', 60_000);
}

/** The model entries the family writes (MODELS_CONFIG & co., MODEL_QUERIES, APP_CONFIG) where it writes them to Redis. */
export async function seedModelCache(options: SeedOptions): Promise<void> {
  const { family, uri } = options;
  const w = await openWriter(family, uri, options.prefix ?? '');
  const n = ns(family);
  const forced = options.forcedInMemory ?? (['0.8.3-0.8.4', '0.8.5+'].includes(family) ? ['CONFIG_STORE', 'APP_CONFIG'] : []);
  const configInRedis = !forced.includes(n.config) && family !== '0.8.5+';
  const appInRedis = family.startsWith('0.8') && !forced.includes('APP_CONFIG');
  try {
    if (configInRedis) {
      await w.store(n.config).set(n.models, MODELS);
      await w.store(n.config).set(n.endpoints, { openAI: { order: 0 }, groq: { type: 'custom' } });
      await w.store(n.config).set(n.startup, { appTitle: 'LibreChat', modelSpecs: { list: [] } });
      if (!family.startsWith('0.8')) await w.store(n.config).set('customConfig', { version: '1.2.1' });
    }
    if (appInRedis) await w.store('APP_CONFIG').set('_BASE_', { endpoints: { custom: [{ name: 'groq', models: { default: ['llama-3.3-70b'] } }] } });
    if (family === '0.8.5+') {
      if (appInRedis) await w.store('APP_CONFIG').set('_OVERRIDE_:__default__:USER', { endpoints: {} }, 60_000);
      await w.store('MODEL_QUERIES').set('fb80e3a8656953472033a06703b50912', MODELS.openAI, 120_000);
    } else {
      await w.store(n.queries).set(OPENAI_URL, MODELS.openAI);
    }
  } finally {
    await w.close();
  }
}

/**
 * A v0.8.5+ `fetchModels` result as LibreChat caches it: namespace MODEL_QUERIES, key
 * sha256(`${baseURL}:${apiKey}`) cut to 32 hex digits (its own formula), TTL 2 minutes.
 */
export async function seedFetchedModels(options: { uri: string; baseURL: string; apiKey: string; models: string[]; prefix?: string }): Promise<void> {
  const w = await openWriter('0.8.5+', options.uri, options.prefix ?? '');
  try {
    const key = createHash('sha256').update(`${options.baseURL}:${options.apiKey}`).digest('hex').slice(0, 32);
    await w.store('MODEL_QUERIES').set(key, options.models, 120_000);
  } finally {
    await w.close();
  }
}

/** Cluster: v0.8.x standardCache over @keyv/redis createCluster, as LibreChat builds it. */
export async function seedClusterModelCache(rootUrls: string[], prefix: string, count: number): Promise<void> {
  const cluster = createCluster4_6({ rootNodes: rootUrls.map((url) => ({ url })) });
  await cluster.connect();
  try {
    await standardCache(false, cluster, 'CONFIG_STORE', prefix).set('MODELS_CONFIG', MODELS);
    await standardCache(false, cluster, 'CONFIG_STORE', prefix).set('ENDPOINT_CONFIG', { openAI: {} });
    await standardCache(false, cluster, 'APP_CONFIG', prefix).set('_BASE_', { endpoints: {} });
    const queries = standardCache(false, cluster, 'MODEL_QUERIES', prefix);
    for (let i = 0; i < count; i++) await queries.set(`https://provider-${i}.example/v1`, [`model-${i}`]);
    await standardCache(false, cluster, 'violations', prefix).set('logins:10.0.0.1', { count: 1 });
    await standardCache(false, cluster, 'ROLES', prefix).set('ADMIN', { permissions: {} });
  } finally {
    await cluster.quit();
  }
}

/** Unrelated keys of other apps and other prefixes, bulk-loaded through pipelines (concurrent commands on a cluster). */
export async function seedUnrelated(client: Redis | Cluster, count: number, traps: string[] = []): Promise<void> {
  const batch = 5000;
  const cluster = client instanceof Redis ? false : true;
  for (let start = 0; start < count; start += batch) {
    const target = cluster ? client : client.pipeline();
    const pending: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      if (i % 10 === 0) pending.push(Promise.resolve(target.set(`otherapp:session:${i}`, `v${i}`, 'PX', 3_600_000 + i)));
      else if (i % 25 === 1) pending.push(Promise.resolve(target.hset(`otherapp:hash:${i}`, 'field', String(i))));
      else pending.push(Promise.resolve(target.set(`otherapp:key:${i}`, `value-${i}`)));
    }
    if (cluster) await Promise.all(pending);
    else await (target as ReturnType<Redis['pipeline']>).exec();
  }
  for (const key of traps) await client.set(key, 'trap');
}

/** Look-alikes of model-cache keys that belong to someone else and must survive. */
export const TRAP_KEYS = [
  'tenantB::MODEL_QUERIES:https://api.openai.com/v1',
  'tenantB::CONFIG_STORE:MODELS_CONFIG',
  'otherapp:modelsConfig',
  'MODEL_QUERIES_BACKUP:1',
  'xMODEL_QUERIES:1',
  'CONFIG_STORE:MODELS_CONFIG:copy',
];
