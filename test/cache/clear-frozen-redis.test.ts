import { afterEach, describe, expect, it } from 'vitest';
import { clearModelsCache } from '../../src/cache/clear.js';
import { resolveCacheSettings } from '../../src/cache/connection.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';
import { seedModelCache } from '../setup/seed-librechat.js';

/**
 * Issue 14 items 11 and 12: a Redis that stops answering (SIGSTOP) or dies (SIGKILL) right when
 * the deletion starts. The run must end on its own, and keys whose reply was lost are "unknown",
 * never reported as kept or deleted.
 */

let server: RedisServer | undefined;
afterEach(async () => {
  if (server) {
    try {
      process.kill(server.pid, 'SIGCONT');
    } catch {
      // Already killed by the test.
    }
  }
  await server?.stop();
  server = undefined;
});

async function seeded(): Promise<RedisServer> {
  server = await startRedis();
  await seedModelCache({ family: '0.7.9', uri: server.uri() });
  return server;
}

describe('clear-models-cache when Redis stops answering mid-run', () => {
  it('SIGSTOP before the deletion: the run ends after the command timeout, every sent key "unknown"', async () => {
    const redis = await seeded();
    const settings = resolveCacheSettings({ USE_REDIS: 'true', REDIS_URI: redis.uri() }, { commandTimeoutMs: 300 });
    const report = await clearModelsCache(settings, {
      librechatVersion: '0.7.9',
      confirm: async () => {
        process.kill(redis.pid, 'SIGSTOP');
        return true;
      },
    });
    expect(report.planned.length).toBeGreaterThan(0);
    expect(report.fault?.message).toMatch(/timed out/i);
    expect(report.deleted).toEqual([]);
    expect(report.notDeleted).toEqual([]);
    expect(report.unknown.sort()).toEqual(report.planned.map((k) => k.key).sort());
  });

  it('SIGKILL before the deletion: keys sent into the dead connection are "unknown", not "not deleted"', async () => {
    const redis = await seeded();
    const settings = resolveCacheSettings({ USE_REDIS: 'true', REDIS_URI: redis.uri() }, { commandTimeoutMs: 300 });
    const report = await clearModelsCache(settings, {
      librechatVersion: '0.7.9',
      confirm: async () => {
        process.kill(redis.pid, 'SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 100));
        return true;
      },
    });
    expect(report.fault).toBeDefined();
    expect(report.deleted).toEqual([]);
    expect(report.unknown.length + report.notDeleted.length).toBe(report.planned.length);
    expect(report.unknown.length).toBeGreaterThan(0);
  });
});
