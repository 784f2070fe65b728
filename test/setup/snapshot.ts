import type { Cluster, Redis } from 'ioredis';

/**
 * Every key of a Redis database with its serialized value (DUMP) and absolute expiry
 * (PEXPIRETIME, Redis 7+), so "unchanged" can be compared exactly, TTLs included.
 */
export type Snapshot = Map<string, string>;

export async function snapshotRedis(client: Redis | Cluster, withValues = true): Promise<Snapshot> {
  const nodes = 'nodes' in client && typeof client.nodes === 'function' ? (client as Cluster).nodes('master') : [client as Redis];
  const snapshot: Snapshot = new Map();
  for (const node of nodes) {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await node.scan(cursor, 'COUNT', 5000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    if (!withValues) {
      for (const key of keys) snapshot.set(key, '');
      continue;
    }
    for (let i = 0; i < keys.length; i += 1000) {
      const part = keys.slice(i, i + 1000);
      const rows = node === client && !('nodes' in client) ? await dumpByScript(node, part) : await dumpByPipeline(node, part);
      part.forEach((key, j) => snapshot.set(key, rows[j]!));
    }
  }
  return snapshot;
}

/** Every key name (SCAN), without values: cheap enough to find what a write added. */
export async function listKeys(client: Redis | Cluster): Promise<string[]> {
  return [...(await snapshotRedis(client, false)).keys()].sort();
}

// One EVAL per 1000 keys: far fewer round trips and client-side command objects than a pipeline.
const DUMP_SCRIPT = "local r={} for i,k in ipairs(KEYS) do r[#r+1]=redis.call('DUMP',k) r[#r+1]=redis.call('PEXPIRETIME',k) end return r";

async function dumpByScript(node: Redis, keys: string[]): Promise<string[]> {
  const reply = (await node.callBuffer('EVAL', DUMP_SCRIPT, keys.length, ...keys)) as (Buffer | number | null)[];
  return keys.map((_, j) => `${(reply[2 * j] as Buffer | null)?.toString('hex') ?? 'gone'}|${reply[2 * j + 1]}`);
}

/** Cluster nodes refuse multi-key scripts across slots, so they get one DUMP per key. */
async function dumpByPipeline(node: Redis, keys: string[]): Promise<string[]> {
  const pipeline = node.pipeline();
  for (const key of keys) pipeline.dumpBuffer(key).call('PEXPIRETIME', key);
  const replies = (await pipeline.exec()) ?? [];
  return keys.map((_, j) => `${(replies[2 * j]?.[1] as Buffer | null)?.toString('hex') ?? 'gone'}|${replies[2 * j + 1]?.[1]}`);
}

/** Keys added, removed or changed between two snapshots. */
export function diffSnapshots(before: Snapshot, after: Snapshot): { added: string[]; removed: string[]; changed: string[] } {
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changed = [...before.keys()].filter((k) => after.has(k) && after.get(k) !== before.get(k)).sort();
  return { added, removed, changed };
}
