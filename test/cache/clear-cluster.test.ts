import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisCluster, type RedisClusterServers } from '../setup/redis-servers.js';
import { runCli } from '../setup/run-cli.js';
import { TRAP_KEYS, seedClusterModelCache, seedUnrelated } from '../setup/seed-librechat.js';
import { diffSnapshots, listKeys, snapshotRedis } from '../setup/snapshot.js';

let servers: RedisClusterServers;
let cluster: Cluster;

beforeAll(async () => {
  servers = await startRedisCluster();
  cluster = new Cluster(servers.ports.map((port) => ({ host: '127.0.0.1', port })));
  cluster.on('error', () => undefined);
});
afterAll(async () => {
  cluster?.disconnect();
  await servers?.stop();
});

describe('clear-models-cache on a real 3-master Redis Cluster', () => {
  it('scans every master and deletes exactly the model keys spread over slots', async () => {
    const urls = servers.uri.split(',');
    await seedUnrelated(cluster, 20_000, [...TRAP_KEYS, 'tenantA::violations:logins:10.0.0.2', 'tenantA::OPENID_SESSION:sid-1']);
    const before = await snapshotRedis(cluster);
    await seedClusterModelCache(urls, 'tenantA', 300);
    const modelKeys = (await listKeys(cluster)).filter((k) => !before.has(k) && !/violations|ROLES/.test(k));
    expect(modelKeys.length).toBe(303);
    // The keys really are spread: every master holds some of them.
    for (const node of cluster.nodes('master')) {
      const own = await node.scan('0', 'MATCH', 'tenantA::MODEL_QUERIES:*', 'COUNT', 100_000);
      expect(own[1].length).toBeGreaterThan(0);
    }
    const withNeighbours = await snapshotRedis(cluster);

    const env = `USE_REDIS=true\nREDIS_URI=${servers.uri}\nREDIS_KEY_PREFIX=tenantA\nFORCED_IN_MEMORY_CACHE_NAMESPACES=\n`;
    const run = await runCli(['clear-models-cache', '--yes', '--format', 'json', '--librechat-version', '0.8.4'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.redis.cluster).toBe(true);
    expect(report.deleted.sort()).toEqual(modelKeys);
    const after = await snapshotRedis(cluster);
    const diff = diffSnapshots(withNeighbours, after);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.removed).toEqual(modelKeys);
  });

  it('USE_REDIS_CLUSTER=true with a single URI is cluster mode too', async () => {
    await seedClusterModelCache(servers.uri.split(','), '', 5);
    const env = `USE_REDIS=true\nREDIS_URI=${servers.uri.split(',')[0]}\nUSE_REDIS_CLUSTER=true\n`;
    const run = await runCli(['clear-models-cache', '--dry-run', '--format', 'json'], env);
    const plan = JSON.parse(run.stdout);
    expect(plan.redis.cluster).toBe(true);
    expect(plan.keys).toHaveLength(8);
  });

  it('a master that is down: exit 2 and nothing deleted on the others', async () => {
    const env = `USE_REDIS=true\nREDIS_URI=${servers.uri}\n`;
    const victim = cluster.nodes('master')[0]!;
    const survivors = cluster.nodes('master').slice(1);
    const counts = await Promise.all(survivors.map((n) => n.dbsize()));
    await victim.shutdown('NOSAVE').catch(() => undefined);
    const run = await runCli(['clear-models-cache', '--yes'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lc-doctor: .*Redis/);
    expect(run.stderr.trim().split('\n')).toHaveLength(2);
    expect(await Promise.all(survivors.map((n) => n.dbsize()))).toEqual(counts);
  });
});
