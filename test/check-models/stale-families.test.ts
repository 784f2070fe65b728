import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { flushRedis, startRedis, type RedisServer } from '../setup/redis-servers.js';
import { AGGREGATE_LIST_FAMILIES, seedModelCache } from '../setup/seed-librechat.js';

/**
 * Every cache family that keeps an aggregate model list in Redis: check-models, run for a line of
 * that family, sees the stale list LibreChat's own keyv code wrote (issue 9: v0.8.0-0.8.4's
 * CONFIG_STORE:MODELS_CONFIG was "no model list cached").
 */
const cwd = fileURLToPath(new URL('../fixtures/check-models/stale-cache/', import.meta.url));

describe('check-models sees the stale model list of every cache family', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());

  it.each(AGGREGATE_LIST_FAMILIES)('family %s, judged as LibreChat %s', async (family, version) => {
    await flushRedis(redis);
    // FORCED_IN_MEMORY_CACHE_NAMESPACES set empty: 0.8.3+ then keeps CONFIG_STORE in Redis too.
    await seedModelCache({ family, uri: redis.uri(), forcedInMemory: [] });
    const run = await runCli(['check-models', '--librechat-version', version], {
      cwd,
      env: { REDIS_URI: redis.uri(), FORCED_IN_MEMORY_CACHE_NAMESPACES: '', MOCK_BASE_URL: 'http://127.0.0.1:9' },
    });
    expect(run.stdout).toContain('fail  groq  stale: the cache holds 1 groq models, the config gives 2 (missing: llama-3.1-8b-instant)');
    expect(run.code).toBe(1);
  });
});
