import { existsSync, readFileSync } from 'node:fs';
import { HandledError } from '../core/errors.js';
import { maskPassword, redactPasswords } from '../core/mask.js';

/** One node of `REDIS_URI` (a comma list means cluster). */
export interface RedisNode {
  host: string;
  port: number;
}

/** How to reach Redis, resolved from the same variables LibreChat reads. */
export interface RedisSettings {
  /** The `REDIS_URI` entries as written (may hold credentials: never print unredacted). */
  uris: string[];
  nodes: RedisNode[];
  /** More than one URI, or `USE_REDIS_CLUSTER=true`. */
  cluster: boolean;
  username?: string;
  password?: string;
  /** `rediss://` or a readable `REDIS_CA`. */
  tls: boolean;
  /** PEM text of `REDIS_CA`. */
  ca?: string;
  /** Logical database from the URI path (standalone only). */
  db: number;
  /** The URIs with passwords masked, for messages. */
  display: string;
  /** A command Redis has not answered within this long fails (a stopped Redis must not hang the run). */
  commandTimeoutMs: number;
}

/** Long enough for a big pipelined batch on a busy Redis, short enough that a frozen one is noticed. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 10_000;

/** Everything `clear-models-cache` and `check-models` need to know about LibreChat's caches. */
export interface CacheSettings {
  /** `USE_REDIS=true` (or `--redis-uri` given). Without it every cache is in process memory. */
  useRedis: boolean;
  redis?: RedisSettings;
  /** Resolved prefix: `env[REDIS_KEY_PREFIX_VAR] || REDIS_KEY_PREFIX || ''` (v0.7.9+). */
  keyPrefix: string;
  /** Where `keyPrefix` came from, e.g. `REDIS_KEY_PREFIX_VAR=K_REVISION`. */
  keyPrefixSource: string;
  /** `REDIS_KEY_PREFIX` as written: v0.7.7 prepends it raw through ioredis `keyPrefix`. */
  rawKeyPrefix: string;
  /** `FORCED_IN_MEMORY_CACHE_NAMESPACES`; `undefined` when unset (v0.8.3+ then forces CONFIG_STORE, APP_CONFIG). */
  forcedInMemory?: string[];
  /** `REDIS_CLUSTER_SAFE_DELETE=true`: one key per DEL/UNLINK even on a single endpoint. */
  clusterSafeDelete: boolean;
  mongoUri?: string;
  /** Values that must never appear unmasked in output (passwords, URIs with credentials). */
  secrets: string[];
  /** Non-fatal findings while resolving, already masked (e.g. unreadable REDIS_CA). */
  warnings: string[];
}

/** LibreChat's `isEnabled`: only `true` (any case, trimmed) is true. */
export function isEnabled(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'true';
}

/**
 * Resolves the cache settings exactly as LibreChat's `cacheConfig` / `redisClients` do. Throws
 * `HandledError` where LibreChat refuses to start (both prefix variables, USE_REDIS without URI).
 */
export function resolveCacheSettings(
  environment: Record<string, string>,
  overrides: { redisUri?: string; mongoUri?: string; commandTimeoutMs?: number } = {},
): CacheSettings {
  const env = environment;
  const secrets = collectSecrets(env, overrides);
  const prefixVar = env.REDIS_KEY_PREFIX_VAR;
  if (prefixVar && env.REDIS_KEY_PREFIX) {
    throw new HandledError({ code: 'redis.prefix-conflict', params: {} });
  }
  const fromVar = prefixVar ? env[prefixVar] : undefined;
  const keyPrefix = fromVar || env.REDIS_KEY_PREFIX || '';
  const keyPrefixSource = fromVar ? `REDIS_KEY_PREFIX_VAR=${prefixVar}` : env.REDIS_KEY_PREFIX ? 'REDIS_KEY_PREFIX' : 'none';

  const redisUri = overrides.redisUri ?? env.REDIS_URI;
  const useRedis = overrides.redisUri !== undefined || isEnabled(env.USE_REDIS);
  if (useRedis && !redisUri) {
    throw new HandledError({ code: 'redis.uri-missing', params: {} });
  }
  const warnings: string[] = [];
  const forced = env.FORCED_IN_MEMORY_CACHE_NAMESPACES;
  return {
    useRedis,
    ...(useRedis && redisUri ? { redis: { ...resolveRedis(redisUri, env, secrets, warnings), commandTimeoutMs: overrides.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS } } : {}),
    keyPrefix,
    keyPrefixSource,
    rawKeyPrefix: env.REDIS_KEY_PREFIX ?? '',
    ...(forced === undefined ? {} : { forcedInMemory: forced ? forced.split(',').map((k) => k.trim()) : [] }),
    clusterSafeDelete: isEnabled(env.REDIS_CLUSTER_SAFE_DELETE),
    ...(overrides.mongoUri || env.MONGO_URI ? { mongoUri: overrides.mongoUri || env.MONGO_URI } : {}),
    secrets,
    warnings,
  };
}

function resolveRedis(redisUri: string, env: Record<string, string>, secrets: string[], warnings: string[]): Omit<RedisSettings, 'commandTimeoutMs'> {
  const uris = redisUri.split(',').map((u) => u.trim()).filter((u) => u.length > 0);
  const urls = uris.map((uri) => parseRedisUrl(uri, secrets));
  const first = urls[0]!;
  const username = safeDecode(first.username) || env.REDIS_USERNAME || undefined;
  const password = safeDecode(first.password) || env.REDIS_PASSWORD || undefined;
  if (password) secrets.push(password);
  const ca = readCa(env.REDIS_CA, warnings);
  const dbPath = first.pathname.replace(/^\//, '');
  return {
    uris,
    nodes: urls.map((url) => ({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number.parseInt(url.port, 10) || 6379 })),
    cluster: urls.length > 1 || isEnabled(env.USE_REDIS_CLUSTER),
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    tls: ca !== undefined || urls.some((u) => u.protocol === 'rediss:'),
    ...(ca !== undefined ? { ca } : {}),
    db: /^\d+$/.test(dbPath) ? Number(dbPath) : 0,
    display: urls.map(displayUrl).join(','),
  };
}

function parseRedisUrl(uri: string, secrets: string[]): URL {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new HandledError({ code: 'redis.uri-not-url', params: { uri: redactPasswords(uri, secrets) } });
  }
  // ioredis (LibreChat's client too) decodes the credentials and throws on a bad % escape.
  if (safeDecode(url.username) === null || safeDecode(url.password) === null) {
    throw new HandledError({ code: 'redis.uri-bad-escape', params: { uri: redactPasswords(uri, secrets) } });
  }
  return url;
}

/** LibreChat warns and continues without TLS when REDIS_CA cannot be read; so do we. */
function readCa(path: string | undefined, warnings: string[]): string | undefined {
  if (!path) return undefined;
  try {
    if (existsSync(path)) return readFileSync(path, 'utf8');
    warnings.push(`Redis CA certificate file not found: ${path} (LibreChat then connects without TLS, as does lc-doctor)`);
  } catch (error) {
    warnings.push(`Failed to read Redis CA certificate file '${path}': ${(error as Error).message}`);
  }
  return undefined;
}

function displayUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = maskPassword(copy.password);
  return copy.href.replace(/\/$/, '');
}

function collectSecrets(env: Record<string, string>, overrides: { redisUri?: string; mongoUri?: string }): string[] {
  const secrets: string[] = [];
  for (const uri of [overrides.redisUri, env.REDIS_URI, overrides.mongoUri, env.MONGO_URI]) {
    if (!uri) continue;
    for (const part of uri.split(',')) {
      const at = /^[a-z+]+:\/\/([^@/]*)@/i.exec(part.trim());
      const password = at?.[1]?.split(':').slice(1).join(':');
      if (password) secrets.push(password, safeDecode(password) ?? password);
    }
  }
  if (env.REDIS_PASSWORD) secrets.push(env.REDIS_PASSWORD);
  return secrets;
}

/** `decodeURIComponent`, or `null` for a malformed % escape. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
