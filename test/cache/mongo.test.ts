import { describe, expect, it } from 'vitest';
import { clearModelsCache } from '../../src/cache/clear.js';
import { resolveCacheSettings } from '../../src/cache/connection.js';
import { isMongoModelKey, mongoModelKeyFilter, openMongoStore, type MongoCacheDoc, type MongoCacheStore } from '../../src/cache/mongo-store.js';

/** In-memory `logs` collection behind the same interface the real driver store implements. */
function memoryLogs(keys: string[]): MongoCacheStore & { keys: () => string[] } {
  const docs = new Map(keys.map((k) => [k, '{"value":1}']));
  return {
    keys: () => [...docs.keys()].sort(),
    async findByKeys(exact, prefixes): Promise<MongoCacheDoc[]> {
      return [...docs.entries()].filter(([k]) => exact.includes(k) || prefixes.some((p) => k.startsWith(p))).map(([key, v]) => ({ key, expiresAt: null, bytes: v.length }));
    },
    async deleteByKeys(list) {
      let n = 0;
      for (const k of list) n += docs.delete(k) ? 1 : 0;
      return n;
    },
    close: async () => undefined,
  };
}

const BANS_AND_OTHERS = ['bans:64f0c0ffee', 'ban:127.0.0.1', 'BANS:user-1', 'encoded_domains:abc', 'ENCODED_DOMAINS:x', 'MODEL_QUERIESX:1', 'configStore:modelsConfig:copy'];

describe('MongoDB logs: only model-config documents, in any family spelling', () => {
  it('recognises every family spelling and nothing else', () => {
    for (const k of ['configStore:modelsConfig', 'CONFIG_STORE:MODELS_CONFIG', 'APP_CONFIG:_BASE_', 'keyv:modelsConfig', 'modelQueries:https://api.openai.com/v1', 'MODEL_QUERIES:fb80e3a8656953472033a06703b50912']) {
      expect(isMongoModelKey(k), k).toBe(true);
    }
    for (const k of BANS_AND_OTHERS) expect(isMongoModelKey(k), k).toBe(false);
    expect(mongoModelKeyFilter().prefixes).toEqual(['MODEL_QUERIES:', 'modelQueries:']);
  });

  it('clearModelsCache deletes model documents, keeps bans, and reports both', async () => {
    const logs = memoryLogs([...BANS_AND_OTHERS, 'CONFIG_STORE:MODELS_CONFIG', 'modelQueries:https://api.openai.com/v1']);
    const settings = resolveCacheSettings({ MONGO_URI: 'mongodb://127.0.0.1:1/LibreChat' });
    const report = await clearModelsCache(settings, { openMongo: async () => logs });
    expect(report.mongo?.found.map((d) => d.key)).toEqual(['CONFIG_STORE:MODELS_CONFIG', 'modelQueries:https://api.openai.com/v1']);
    expect(report.mongo?.deleted).toEqual(['CONFIG_STORE:MODELS_CONFIG', 'modelQueries:https://api.openai.com/v1']);
    expect(logs.keys()).toEqual([...BANS_AND_OTHERS].sort());
    // No Redis: the model cache is in process memory; exit 1 = restart needed.
    expect(report.exitCode).toBe(1);
  });

  it('--dry-run reads Mongo and deletes nothing', async () => {
    const logs = memoryLogs(['APP_CONFIG:_BASE_', 'bans:1']);
    const report = await clearModelsCache(resolveCacheSettings({ MONGO_URI: 'mongodb://x' }), { dryRun: true, openMongo: async () => logs });
    expect(report.mongo?.found).toHaveLength(1);
    expect(logs.keys()).toEqual(['APP_CONFIG:_BASE_', 'bans:1']);
  });

  it('a Mongo that is down fails fast with the password masked', async () => {
    const error = await openMongoStore('mongodb://lc:mongo-secret-99@127.0.0.1:1/LibreChat', ['mongo-secret-99']).catch((e: Error) => e);
    expect(error).toMatchObject({ problem: { code: 'mongo.connect', params: { reason: expect.stringContaining('ECONNREFUSED') } } });
    expect(String(error)).not.toContain('mongo-secret-99');
  });
});

const MONGO = process.env.LC_DOCTOR_TEST_MONGO_URI;
describe.skipIf(!MONGO)(`MongoDB integration (real server from LC_DOCTOR_TEST_MONGO_URI${MONGO ? '' : ': not set, skipped'})`, () => {
  it('deletes only model-config documents from logs and leaves bans, sessions and configs', async () => {
    const { MongoClient } = await import('mongodb');
    const client = new MongoClient(MONGO!);
    await client.connect();
    const db = client.db();
    const logs = db.collection('logs');
    await logs.deleteMany({});
    await logs.insertMany([
      { key: 'bans:user-1', value: '{"value":{"type":"ban"}}', expiresAt: new Date(Date.now() + 3_600_000) },
      { key: 'CONFIG_STORE:MODELS_CONFIG', value: '{"value":{"openAI":["gpt-4o"]}}', expiresAt: null },
      { key: 'MODEL_QUERIES:https://api.openai.com/v1', value: '["gpt-4o"]', expiresAt: null },
    ]);
    await db.collection('sessions').insertOne({ key: 'CONFIG_STORE:MODELS_CONFIG', note: 'not a cache collection' });
    const store = await openMongoStore(MONGO!, []);
    const { exact, prefixes } = mongoModelKeyFilter();
    expect((await store.findByKeys(exact, prefixes)).map((d) => d.key)).toEqual(['CONFIG_STORE:MODELS_CONFIG', 'MODEL_QUERIES:https://api.openai.com/v1']);
    expect(await store.deleteByKeys(['CONFIG_STORE:MODELS_CONFIG', 'MODEL_QUERIES:https://api.openai.com/v1'])).toBe(2);
    expect((await logs.find().toArray()).map((d) => d.key)).toEqual(['bans:user-1']);
    expect(await db.collection('sessions').countDocuments()).toBe(1);
    await store.close();
    await client.close();
  });
});
