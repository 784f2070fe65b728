import type { CacheWarning } from '../../cache/connection.js';
import type { PlacementReason } from '../../cache/targets.js';

/** What happened to a planned key. */
export type KeyStatus = 'planned' | 'deleted' | 'kept' | 'reappeared' | 'unknown';

/**
 * What a language must say for clear-models-cache: where the cache is, the plan, what was
 * deleted, when a restart is needed, and the confirmation question. Family labels
 * (`v0.8.0-v0.8.2`), key names, roles and namespaces are identifiers, the same in every language.
 */
export interface ClearCacheWords {
  /** Ends with its own separator (`warning: `, `警告：`). */
  warningLabel: string;
  warnings: { [C in CacheWarning['code']]: (warning: Extract<CacheWarning, { code: C }>) => string };
  scanning(redis: string): string;
  noRedis: string;
  redis(r: { display: string; cluster: boolean; db: number; prefix?: { value: string; source: string } }): string;
  family: {
    /** Decided by `--librechat-version` or the deployment's files (`how`, every command's words); undefined: the option. */
    option(labels: string, how: string | undefined): string;
    /** `alike`: several versions spell the keys the same way, so the version stays open. */
    keys(labels: string, alike: boolean): string;
    unknown: string;
  };
  /** Keys of several versions coexist; `evidence` is `key (+2 more) → v0.8.5+; ...`. */
  ambiguous(evidence: string): string;
  more(count: number): string;
  keysHeading(count: number): string;
  noKeys: string;
  status: Record<KeyStatus, string>;
  noExpiry: string;
  /** A key's role, TTL and size after its name: `model-config, no expiry, 39 B`. */
  details(parts: string[]): string;
  /** A cached list and what it holds: `MODELS_CONFIG: openAI 3`. */
  entry(key: string, text: string): string;
  orphan(labels: string): string;
  /** Beyond the listed lines: `… and 40 more keys (--format json lists every one)`. */
  moreLines(count: number, noun: 'key' | 'cached list'): string;
  listsHeading: string;
  noEndpoints: string;
  fetched(count: number): string;
  undecodable: string;
  mongo(m: { collection: string; keys: string[]; deleted: number }): string;
  mongoUnreachable(message: string): string;
  restart: {
    noRedis: string;
    inMemory(family: string, why: string): string;
    reason(reason: PlacementReason, family: string, defaults: string): string;
    appConfig(family: string): string;
  };
  result: {
    fault(f: { phase: 'redis-delete' | 'redis-recheck' | 'mongo'; deleted: number; notDeleted: number; unknown: number }): string;
    aborted: string;
    dryRun(count: number): string;
    nothingStale: string;
    restartOnly: string;
    deleted(r: { deleted: number; planned: number; reappeared: number }): string;
  };
  question(count: number): string;
}
