import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearModelsCache } from '../../src/cache/clear.js';
import { resolveCacheSettings } from '../../src/cache/connection.js';
import type { RedisKeyStore } from '../../src/cache/redis-store.js';
import { formatClearJson, formatClearStylish, MAX_LISTED_LINES } from '../../src/report/clear-models-cache/index.js';
import { createStyle } from '../../src/report/shared/style.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';
import { runCli } from '../setup/run-cli.js';
import { countArrayWork } from '../helpers/count-work.js';

/**
 * clear-models-cache at scale (issue 14: 100k keys took 275 s, 150k overflowed the stack). Time
 * belongs to bench/cache-plan.js; here linearity is asserted by counting work: every element an
 * array method visits (includes, filter, map...) while planning and reporting.
 */
const modelKey = (i: number) => `MODEL_QUERIES:${i.toString(16).padStart(32, '0')}`;
const settings = resolveCacheSettings({ USE_REDIS: 'true', REDIS_URI: 'redis://127.0.0.1:6379' });

/** An in-memory RedisKeyStore written with plain loops, so its own work is not counted. */
function memoryStore(keys: string[]): RedisKeyStore {
  const data = new Map<string, string>();
  for (const key of keys) data.set(key, '{"value":["m"]}');
  const glob = (m: string) => new RegExp(`^${m.replace(/\\(.)/g, '$1').replace(/[.+^${}()|[\]]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const each = <T>(list: string[], make: (key: string) => T): T[] => {
    const out: T[] = [];
    for (let i = 0; i < list.length; i++) out.push(make(list[i]!));
    return out;
  };
  return {
    scan: async (matches) => {
      const result = new Map<string, string[]>();
      for (const match of matches) {
        const re = glob(match);
        const found: string[] = [];
        for (const key of data.keys()) if (re.test(key)) found.push(key);
        result.set(match, found.sort());
      }
      return result;
    },
    inspect: async (list) => each(list, (key) => ({ key, exists: data.has(key), ttlMs: null, bytes: data.get(key)?.length ?? null })),
    read: async (list) => each(list, (key) => data.get(key) ?? null),
    remove: async (list) => {
      for (let i = 0; i < list.length; i++) data.delete(list[i]!);
      return { removed: list, notRemoved: [], unknown: [] };
    },
    close: async () => undefined,
  };
}

async function planAndReport(count: number, dryRun: boolean): Promise<number> {
  const keys = Array.from({ length: count }, (_, i) => modelKey(i));
  return countArrayWork(async () => {
    const report = await clearModelsCache(settings, { dryRun, openRedis: async () => memoryStore(keys) });
    formatClearJson(report, settings.secrets);
    formatClearStylish(report, settings.secrets, createStyle(false));
  });
}

describe('clear-models-cache planning and report grow linearly with the keys scanned', () => {
  it.each([true, false])('dry run %s: 10x the keys costs about 10x the work, not 100x', async (dryRun) => {
    const small = await planAndReport(2_000, dryRun);
    const large = await planAndReport(20_000, dryRun);
    expect(large / small).toBeGreaterThan(5);
    expect(large / small).toBeLessThan(14);
  });
});

describe('clear-models-cache against a real Redis with 100,000 model-cache keys', () => {
  let server: RedisServer;
  let seeded: Redis;
  beforeAll(async () => {
    server = await startRedis();
    seeded = new Redis(server.uri());
    for (let start = 0; start < 100_000; start += 10_000) {
      const pipeline = seeded.pipeline();
      for (let i = start; i < start + 10_000; i++) pipeline.set(modelKey(i), '{"value":["m"]}');
      await pipeline.exec();
    }
    await seeded.set('otherapp:keep', 'me');
  }, 60_000);
  afterAll(async () => {
    seeded?.disconnect();
    await server?.stop();
  });

  it('plans every key, lists all in JSON and summarises the terminal report', async () => {
    const env = `USE_REDIS=true\nREDIS_URI=${server.uri()}\n`;
    const json = await runCli(['clear-models-cache', '--dry-run', '--format', 'json', '--skip-mongo'], env);
    // 1, not 0: detected as v0.8.5+, whose other caches default to process memory (restart advice).
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 1, stderr: '' });
    expect((JSON.parse(json.stdout) as { keys: unknown[] }).keys).toHaveLength(100_000);

    const cleared = await runCli(['clear-models-cache', '--yes', '--skip-mongo'], env);
    expect({ code: cleared.code, stderr: cleared.stderr }).toEqual({ code: 1, stderr: '' });
    expect(cleared.stdout).toContain(`… and ${100_000 - MAX_LISTED_LINES} more keys (--format json lists every one)`);
    expect(cleared.stdout).toContain('Deleted 100000 of 100000 key(s); re-check: all gone.');
    expect(cleared.stdout.split('\n').length).toBeLessThan(2 * MAX_LISTED_LINES + 50);
    expect(await seeded.dbsize()).toBe(1);
  }, 120_000);
});
