import type { Cluster, Redis } from 'ioredis';
import { describeError } from '../core/errors.js';
import { redactPasswords } from '../core/mask.js';

/** Size and expiry of one key, as Redis reports them. */
export interface KeyInfo {
  key: string;
  exists: boolean;
  /** Milliseconds left; `null` when the key has no expiry or does not exist. */
  ttlMs: number | null;
  /** STRLEN for strings (Keyv writes strings); `null` for other types. */
  bytes: number | null;
}

/** Result of deleting keys: exact, even when a fault stops the run half way. */
export interface RemoveResult {
  /** Keys a successful UNLINK/DEL reply covered. */
  removed: string[];
  /** Keys never sent, or sent in a command that failed and still there on a re-check. */
  notRemoved: string[];
  /** Keys sent in a command whose reply was lost and that could not be re-checked: maybe deleted, maybe not. */
  unknown: string[];
  /** The fault that stopped deletion, masked; absent when all commands succeeded. */
  fault?: string;
}

/**
 * The only Redis operations the cache logic uses. No KEYS, no FLUSH*: nothing here can reach a
 * key the caller did not name or match with its own pattern.
 */
export interface RedisKeyStore {
  /**
   * Keys matching each Redis glob (SCAN MATCH, so Redis's own glob rules apply), every master in
   * cluster mode. The SCANs of all patterns are pipelined: one round trip per step, not per pattern.
   */
  scan(matches: string[]): Promise<Map<string, string[]>>;
  inspect(keys: string[]): Promise<KeyInfo[]>;
  /** GET of each key; `null` for missing or non-string keys. */
  read(keys: string[]): Promise<(string | null)[]>;
  remove(keys: string[]): Promise<RemoveResult>;
  close(): Promise<void>;
}

// Small steps keep each round of SCANs (all patterns pipelined together) to about a millisecond of
// server time on an idle machine, while 1M keys still take only ~2,000 round trips.
const SCAN_COUNT = 500;
const CHUNK = 500;

/** RedisKeyStore over an ioredis client (standalone or Cluster), created by `openRedisStore`. */
export class IoredisStore implements RedisKeyStore {
  private unlink = 'unlink' as 'unlink' | 'del';

  constructor(
    private readonly client: Redis | Cluster,
    private readonly cluster: boolean,
    private readonly safeDelete: boolean,
    private readonly secrets: string[],
  ) {}

  async scan(matches: string[]): Promise<Map<string, string[]>> {
    const result = new Map(matches.map((m) => [m, new Set<string>()]));
    const nodes = this.cluster ? (this.client as Cluster).nodes('master') : [this.client as Redis];
    for (const node of nodes) {
      // Each pattern keeps its own cursor; one pipelined round trip advances all of them.
      let pending = matches.map((match) => ({ match, cursor: '0' }));
      while (pending.length > 0) {
        const pipeline = node.pipeline();
        for (const p of pending) pipeline.scan(p.cursor, 'MATCH', p.match, 'COUNT', SCAN_COUNT);
        const replies = (await pipeline.exec()) ?? [];
        pending = pending.filter((p, i) => {
          const [error, reply] = replies[i] ?? [new Error('no reply to SCAN'), null];
          if (error) throw error;
          const [next, keys] = reply as [string, string[]];
          for (const key of keys) result.get(p.match)!.add(key);
          p.cursor = next;
          return next !== '0';
        });
      }
    }
    // SCAN may return a key twice (rehashing): the sets dedupe; sorted for a stable report.
    return new Map([...result].map(([m, keys]) => [m, [...keys].sort()]));
  }

  async inspect(keys: string[]): Promise<KeyInfo[]> {
    const rows = await this.perKey(keys, ['pttl', 'type', 'strlen']);
    return keys.map((key, i) => {
      const [pttl, type, strlen] = rows[i]! as [number, string, number | null];
      const exists = type !== 'none';
      return { key, exists, ttlMs: exists && pttl >= 0 ? pttl : null, bytes: exists && type === 'string' ? strlen : null };
    });
  }

  async read(keys: string[]): Promise<(string | null)[]> {
    const rows = await this.perKey(keys, ['get']);
    return rows.map((r) => (typeof r[0] === 'string' ? r[0] : null));
  }

  async remove(keys: string[]): Promise<RemoveResult> {
    const removed: string[] = [];
    const single = this.cluster || this.safeDelete;
    const batches = single ? keys.map((k) => [k]) : chunk(keys, CHUNK);
    for (let i = 0; i < batches.length; i += single ? CHUNK : 1) {
      const group = single ? batches.slice(i, i + CHUNK) : [batches[i]!];
      try {
        await Promise.all(group.map((batch) => this.unlinkBatch(batch)));
        for (const batch of group) removed.push(...batch);
      } catch (error) {
        // Commands of a failed group may have run even though no reply came back: re-check them.
        const settled = await this.settleGroup(group);
        removed.push(...settled.gone);
        const known = new Set([...removed, ...settled.unknown]);
        return { removed, unknown: settled.unknown, notRemoved: keys.filter((k) => !known.has(k)), fault: redactPasswords(describeError(error), this.secrets) };
      }
    }
    return { removed, notRemoved: [], unknown: [] };
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }

  private async unlinkBatch(batch: string[]): Promise<void> {
    try {
      await this.client[this.unlink](...batch);
    } catch (error) {
      if (this.unlink === 'unlink' && /unknown command/i.test(describeError(error))) {
        this.unlink = 'del';
        await this.client.del(...batch);
        return;
      }
      throw error;
    }
  }

  /** After a fault, keys of the failed group that are gone count as removed; if Redis no longer answers, they are unknown. */
  private async settleGroup(group: string[][]): Promise<{ gone: string[]; unknown: string[] }> {
    const keys = group.flat();
    try {
      const info = await this.inspect(keys);
      return { gone: info.filter((i) => !i.exists).map((i) => i.key), unknown: [] };
    } catch {
      return { gone: [], unknown: keys };
    }
  }

  /**
   * Runs read-only per-key commands. Standalone: one pipeline per chunk. Cluster: concurrent
   * commands, because a pipeline may only address one node. A command that fails for one key
   * (e.g. STRLEN on a hash) yields `null`; a connection failure rejects.
   */
  private async perKey(keys: string[], names: PerKeyCommand[]): Promise<unknown[][]> {
    const out: unknown[][] = [];
    for (const part of chunk(keys, CHUNK)) {
      if (this.cluster) {
        const cluster = this.client as Cluster;
        out.push(...(await Promise.all(part.map((key) => Promise.all(names.map((n) => cluster[n](key).catch(rejectIfConnection)))))));
        continue;
      }
      const pipeline = (this.client as Redis).pipeline();
      for (const key of part) for (const n of names) pipeline[n](key);
      const replies = (await pipeline.exec()) ?? [];
      for (let i = 0; i < part.length; i++) {
        out.push(names.map((_, j) => {
          const [error, value] = replies[i * names.length + j] ?? [new Error('no reply'), null];
          return error ? rejectIfConnection(error) : value;
        }));
      }
    }
    return out;
  }
}

type PerKeyCommand = 'pttl' | 'type' | 'strlen' | 'get';

/** WRONGTYPE and similar per-key replies mean "not applicable"; anything else is a fault. */
function rejectIfConnection(error: unknown): null {
  if (/WRONGTYPE/.test(describeError(error))) return null;
  throw error;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
