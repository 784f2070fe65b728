import type { Cluster, Redis } from 'ioredis';

/**
 * Every key of a Redis database with its serialized value (DUMP) and absolute expiry
 * (PEXPIRETIME, Redis 7+), so "unchanged" can be compared exactly, TTLs included.
 */
export type Snapshot = Map<string, string>;

export async function snapshotRedis(client: Redis | Cluster): Promise<Snapshot> {
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
    for (let i = 0; i < keys.length; i += 5000) {
      const part = keys.slice(i, i + 5000);
      const pipeline = node.pipeline();
      for (const key of part) pipeline.dumpBuffer(key).call('PEXPIRETIME', key);
      const replies = (await pipeline.exec()) ?? [];
      part.forEach((key, j) => {
        const dump = replies[2 * j]?.[1] as Buffer | null;
        const expiry = replies[2 * j + 1]?.[1] as number;
        snapshot.set(key, `${dump?.toString('hex') ?? 'gone'}|${expiry}`);
      });
    }
  }
  return snapshot;
}

/** Keys added, removed or changed between two snapshots. */
export function diffSnapshots(before: Snapshot, after: Snapshot): { added: string[]; removed: string[]; changed: string[] } {
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changed = [...before.keys()].filter((k) => after.has(k) && after.get(k) !== before.get(k)).sort();
  return { added, removed, changed };
}
