import { HandledError, describeError } from '../core/errors.js';
import { redactPasswords } from '../core/mask.js';
import { DEFAULT_COMMAND_TIMEOUT_MS } from './connection.js';
import { FAMILIES, FAMILY_IDS } from './families.js';

/** LibreChat's Keyv-on-Mongo collection (bans, encoded domains; never models upstream). */
export const MONGO_CACHE_COLLECTION = 'logs';

/** A Keyv document `{ key, value, expiresAt }` whose key is a model-config key. */
export interface MongoCacheDoc {
  key: string;
  expiresAt: string | null;
  /** Length of the stored Keyv JSON string. */
  bytes: number;
}

/** The only Mongo operations the cache logic uses, all on the `logs` collection. */
export interface MongoCacheStore {
  /** Documents whose key is exactly one of `exact` or starts with one of `prefixes`. */
  findByKeys(exact: string[], prefixes: string[]): Promise<MongoCacheDoc[]>;
  /** Deletes documents with exactly these keys; returns how many went. */
  deleteByKeys(keys: string[]): Promise<number>;
  close(): Promise<void>;
}

/**
 * Model-config keys as a Keyv-on-Mongo store would spell them (`<namespace>:<key>`) in every
 * family, plus the keyv 4 default namespace `keyv` that pre-v0.7.9 Redis stores shared.
 */
export function mongoModelKeyFilter(): { exact: string[]; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const id of FAMILY_IDS) {
    const n = FAMILIES[id].names;
    for (const ns of [n.configStore, 'keyv']) {
      for (const key of [n.modelsConfig, n.endpointsConfig, n.startupConfig, n.customConfig]) if (key) exact.add(`${ns}:${key}`);
    }
    if (n.appConfig) exact.add(`${n.appConfig}:_BASE_`);
    prefixes.add(`${n.modelQueries}:`);
  }
  return { exact: [...exact].sort(), prefixes: [...prefixes].sort() };
}

/** True when a `logs` document key is a model-config key (used to double-check before deleting). */
export function isMongoModelKey(key: string): boolean {
  const { exact, prefixes } = mongoModelKeyFilter();
  return exact.includes(key) || prefixes.some((p) => key.startsWith(p));
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Connects with the official driver (loaded on demand); fails within a few seconds if Mongo is down. */
export async function openMongoStore(uri: string, secrets: string[]): Promise<MongoCacheStore> {
  const { MongoClient } = await import('mongodb');
  let client: InstanceType<typeof MongoClient>;
  try {
    // socketTimeoutMS: a MongoDB that stops answering mid-operation fails the run instead of hanging it.
    client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000, connectTimeoutMS: 3000, socketTimeoutMS: DEFAULT_COMMAND_TIMEOUT_MS });
  } catch (error) {
    // The driver parses the URI in its constructor: a typo there is the user's to fix, not a bug.
    throw new HandledError({ code: 'mongo.uri', params: { reason: redactPasswords(describeError(error), secrets) } }, { cause: error });
  }
  try {
    await client.connect();
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new HandledError({ code: 'mongo.connect', params: { reason: redactPasswords(describeError(error), secrets) } }, { cause: error });
  }
  const logs = client.db().collection<{ key: string; value: unknown; expiresAt?: Date | null }>(MONGO_CACHE_COLLECTION);
  return {
    async findByKeys(exact, prefixes) {
      const regex = prefixes.length > 0 ? [{ key: { $regex: `^(?:${prefixes.map(escapeRegex).join('|')})` } }] : [];
      const docs = await logs.find({ $or: [{ key: { $in: exact } }, ...regex] }, { projection: { key: 1, value: 1, expiresAt: 1 } }).toArray();
      return docs
        .filter((d) => typeof d.key === 'string')
        .map((d) => ({
          key: d.key,
          expiresAt: d.expiresAt instanceof Date ? d.expiresAt.toISOString() : null,
          bytes: typeof d.value === 'string' ? Buffer.byteLength(d.value) : JSON.stringify(d.value ?? null).length,
        }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
    },
    async deleteByKeys(keys) {
      if (keys.length === 0) return 0;
      const result = await logs.deleteMany({ key: { $in: keys } });
      return result.deletedCount;
    },
    close: () => client.close(),
  };
}
