import { describe, expect, it } from 'vitest';
import { clearModelsCache } from '../../src/cache/clear.js';
import { resolveCacheSettings } from '../../src/cache/connection.js';
import type { RedisKeyStore } from '../../src/cache/redis-store.js';
import { formatClearJson, formatClearStylish } from '../../src/report/clear-models-cache/index.js';
import { createStyle } from '../../src/report/shared/style.js';

/**
 * A key store over a Map behind the same interface as the ioredis one, whose connection "dies"
 * after `failAfter` deletions: the only way to get a fault at an exact point of a run.
 */
function flakyStore(keys: string[], failAfter: number): RedisKeyStore & { left: () => string[] } {
  const data = new Map(keys.map((k) => [k, '{"value":["m"]}']));
  const glob = (m: string) => new RegExp(`^${m.replace(/\\(.)/g, '$1').replace(/[.+^${}()|[\]]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return {
    left: () => [...data.keys()].sort(),
    scan: async (matches) => new Map(matches.map((m) => [m, [...data.keys()].filter((k) => glob(m).test(k))])),
    inspect: async (list) => list.map((key) => ({ key, exists: data.has(key), ttlMs: null, bytes: data.get(key)?.length ?? null })),
    read: async (list) => list.map((k) => data.get(k) ?? null),
    remove: async (list) => {
      const removed = list.slice(0, failAfter);
      for (const k of removed) data.delete(k);
      const notRemoved = list.slice(failAfter);
      return notRemoved.length > 0 ? { removed, notRemoved, unknown: [], fault: 'Connection is closed.' } : { removed, notRemoved, unknown: [] };
    },
    close: async () => undefined,
  };
}

const settings = resolveCacheSettings({ USE_REDIS: 'true', REDIS_URI: 'redis://:report-secret-1@127.0.0.1:6379' });
const MODEL_KEYS = ['APP_CONFIG:_BASE_', 'CONFIG_STORE:ENDPOINT_CONFIG', 'CONFIG_STORE:MODELS_CONFIG', 'CONFIG_STORE:STARTUP_CONFIG', 'MODEL_QUERIES:https://api.openai.com/v1'];

describe('fault in the middle of deletion: exact lists, exit 2', () => {
  it('reports precisely which keys went and which stayed', async () => {
    const store = flakyStore([...MODEL_KEYS, '::OPENID_SESSION:s1'], 2);
    const report = await clearModelsCache(settings, { librechatVersion: '0.8.1', openRedis: async () => store });
    expect(report.exitCode).toBe(2);
    expect(report.fault).toEqual({ phase: 'redis-delete', message: 'Connection is closed.' });
    expect(report.deleted).toEqual(MODEL_KEYS.slice(0, 2));
    expect(report.notDeleted).toEqual(MODEL_KEYS.slice(2));
    expect(store.left()).toEqual(['::OPENID_SESSION:s1', ...MODEL_KEYS.slice(2)].sort());

    const json = JSON.parse(formatClearJson(report, settings.secrets));
    expect(json.deleted).toEqual(MODEL_KEYS.slice(0, 2));
    expect(json.kept).toEqual(MODEL_KEYS.slice(2));
    expect(json.redis.uri).not.toContain('report-secret-1');
    const text = formatClearStylish(report, settings.secrets, createStyle(false));
    expect(text).toContain('Stopped by a fault (redis-delete): deleted 2, not deleted 3.');
    expect(text).not.toContain('report-secret-1');
  });

  it('a "no" at the prompt deletes nothing and exits 2', async () => {
    const store = flakyStore(MODEL_KEYS, 99);
    const report = await clearModelsCache(settings, { openRedis: async () => store, confirm: async () => false });
    expect(report).toMatchObject({ aborted: true, exitCode: 2, deleted: [] });
    expect(store.left()).toEqual(MODEL_KEYS);
  });

  it('the prompt sees the full plan before anything is deleted', async () => {
    const store = flakyStore(MODEL_KEYS, 99);
    let seen: string[] = [];
    const report = await clearModelsCache(settings, {
      openRedis: async () => store,
      confirm: async (plan) => {
        seen = plan.planned.map((k) => k.key);
        expect(store.left()).toEqual(MODEL_KEYS);
        return true;
      },
    });
    expect(seen).toEqual(MODEL_KEYS);
    expect(report.exitCode).toBe(0);
    expect(store.left()).toEqual([]);
  });
});

describe('stylish wording', () => {
  it('names which keys belong to which version when versions coexist, and states each in-memory reason once', async () => {
    const hash = '0123456789abcdef0123456789abcdef';
    const store = flakyStore(['APP_CONFIG:_BASE_', `MODEL_QUERIES:${hash}`], 99);
    const report = await clearModelsCache(settings, { dryRun: true, openRedis: async () => store });
    const text = formatClearStylish(report, settings.secrets, createStyle(false));
    expect(text).toContain(`coexist (APP_CONFIG:_BASE_ → v0.8.0-v0.8.2; MODEL_QUERIES:${hash} → v0.8.5+)`);
    expect(text).toContain(`MODEL_QUERIES:${hash}: 1 model fetched`);
    const v083 = await clearModelsCache(settings, { dryRun: true, librechatVersion: '0.8.3', openRedis: async () => store });
    const restart = formatClearStylish(v083, settings.secrets, createStyle(false));
    expect(restart).toMatch(/v0\.8\.3-v0\.8\.4: in process memory: CONFIG_STORE, APP_CONFIG \(FORCED_IN_MEMORY_CACHE_NAMESPACES is unset[^)]*\)\. Restart/);
  });
});
