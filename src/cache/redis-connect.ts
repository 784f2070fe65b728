import type { RedisOptions } from 'ioredis';
import { HandledError, describeError } from '../core/errors.js';
import { redactPasswords } from '../core/mask.js';
import type { CacheSettings, RedisSettings } from './connection.js';
import { IoredisStore, type RedisKeyStore } from './redis-store.js';

/** Short enough that a dead or firewalled Redis fails in a few seconds. */
const CONNECT_TIMEOUT_MS = 3000;

/** Connects with ioredis (loaded only here, on demand), without a client keyPrefix. */
export async function openRedisStore(settings: CacheSettings): Promise<RedisKeyStore> {
  const redis = settings.redis;
  if (!redis) throw new HandledError({ code: 'redis.not-configured', params: {} });
  const { Redis: RedisClient, Cluster: ClusterClient } = await import('ioredis');
  // ioredis rejects connect() with a bare "Connection is closed."; the cause (WRONGPASS, TLS) arrives as an 'error' event.
  let lastError: unknown;
  const remember = (error: unknown) => void (lastError = error);
  const fail = (error: unknown) => connectionError(lastError ?? error, redis, settings.secrets);
  const common = clientOptions(redis);
  if (redis.cluster) {
    const cluster = new ClusterClient(redis.nodes, {
      redisOptions: common,
      lazyConnect: true,
      enableOfflineQueue: true,
      clusterRetryStrategy: () => null,
      slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
    });
    cluster.on('error', remember);
    await withTimeout(cluster.connect(), CONNECT_TIMEOUT_MS + 1000).catch(async (error) => {
      cluster.disconnect();
      throw fail(error);
    });
    return new IoredisStore(cluster, true, settings.clusterSafeDelete, settings.secrets);
  }
  const client = new RedisClient(redis.uris[0]!, { ...common, db: redis.db, lazyConnect: true });
  client.on('error', remember);
  await withTimeout(client.connect(), CONNECT_TIMEOUT_MS + 1000).catch(async (error) => {
    client.disconnect();
    throw fail(error);
  });
  await client.ping().catch((error) => {
    client.disconnect();
    throw fail(error);
  });
  return new IoredisStore(client, false, settings.clusterSafeDelete, settings.secrets);
}

function clientOptions(redis: RedisSettings): RedisOptions {
  const tls = redis.tls ? { ...(redis.ca ? { ca: redis.ca } : {}) } : undefined;
  return {
    ...(redis.username ? { username: redis.username } : {}),
    ...(redis.password ? { password: redis.password } : {}),
    ...(tls ? { tls } : {}),
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: redis.commandTimeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: true,
  };
}

/** Something took the connection and then said nothing (a stuck server, or not Redis at all). */
class NoAnswer extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One line a user can act on, for the usual ways a connection fails. */
export function connectionError(error: unknown, redis: RedisSettings, secrets: string[]): HandledError {
  const reason = redactPasswords(describeError(error), secrets);
  const where = redactPasswords(redis.display, secrets);
  if (error instanceof NoAnswer) return new HandledError({ code: 'redis.no-answer', params: { where, ms: error.ms } }, { cause: error });
  if (/WRONGPASS|NOAUTH|invalid password|invalid username/i.test(reason)) {
    return new HandledError({ code: 'redis.auth', params: { where, reason } }, { cause: error });
  }
  if (/certificate|SSL|TLS|self.signed|EPROTO/i.test(reason)) {
    return new HandledError({ code: 'redis.tls', params: { where, reason } }, { cause: error });
  }
  return new HandledError({ code: 'redis.connect', params: { where, reason } }, { cause: error });
}
