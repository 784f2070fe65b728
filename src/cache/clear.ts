import { ExitCode, HandledError, UsageError, describeError } from '../core/errors.js';
import { redactPasswords } from '../core/mask.js';
import { problemOf } from '../core/problems.js';
import type { CacheSettings } from './connection.js';
import { familyForVersion } from './families.js';
import type { VersionSource } from '../librechat/index.js';
import { inspectModelCache, type CacheInspection, type ModelCacheKey } from './inspect.js';
import { isMongoModelKey, mongoModelKeyFilter, openMongoStore, type MongoCacheDoc, type MongoCacheStore } from './mongo-store.js';
import { openRedisStore } from './redis-connect.js';
import type { RedisKeyStore } from './redis-store.js';

export interface ClearOptions {
  librechatVersion?: string;
  /** How `librechatVersion` was decided (the option or the deployment's files), for the report. */
  versionChoice?: VersionChoice;
  includeTokenConfig?: boolean;
  dryRun?: boolean;
  skipMongo?: boolean;
  /** Asked once with the plan before anything is deleted; `false` aborts (nothing deleted). */
  confirm?: (plan: ClearReport) => Promise<boolean>;
  /** Injection points for tests; default to the real ioredis / mongodb stores. */
  openRedis?: (settings: CacheSettings) => Promise<RedisKeyStore>;
  openMongo?: (uri: string, secrets: string[]) => Promise<MongoCacheStore>;
}

/** Mongo part of the report: model-config documents found in `logs`, and those deleted. */
export interface MongoReport {
  collection: string;
  found: MongoCacheDoc[];
  deleted: string[];
}

/** How the LibreChat version was decided, in every command's terms (`VersionChoiceView` in the report). */
export interface VersionChoice {
  reason: VersionSource;
  evidence?: { file: string; value: string; known: boolean };
}

/** What happened, as data. `deleted`/`notDeleted` are exact even when a fault stopped the run. */
export interface ClearReport {
  dryRun: boolean;
  /** Set when the version came from the option or the deployment; otherwise the key names decided. */
  versionChoice?: VersionChoice;
  inspection: CacheInspection;
  /** The keys the plan deletes (every model-cache key found). */
  planned: ModelCacheKey[];
  /** Confirmed gone by the delete replies and the re-check. */
  deleted: string[];
  notDeleted: string[];
  /** Sent for deletion, but the reply was lost and Redis could not be asked again: maybe deleted. */
  unknown: string[];
  /** Deleted, but present again at the re-check (LibreChat rewrote it meanwhile). */
  reappeared: string[];
  aborted: boolean;
  mongo?: MongoReport;
  /**
   * MongoDB could not be reached: a warning, not a failure. LibreChat never caches models there, so
   * the Redis / memory verdict stands; only stray documents an older tool left in `logs` stay.
   */
  mongoUnreachable?: { message: string };
  fault?: { phase: 'redis-delete' | 'redis-recheck' | 'mongo'; message: string };
  /** 0 cleared or nothing stale, 1 a restart is needed (in-memory cache), 2 could not run / fault. */
  exitCode: ExitCode;
}

/**
 * Plans and (unless a dry run) deletes LibreChat's model-cache keys. Faults before any deletion
 * throw `HandledError`; faults during deletion come back in `report.fault` with exact lists.
 */
export async function clearModelsCache(settings: CacheSettings, options: ClearOptions = {}): Promise<ClearReport> {
  if (options.librechatVersion) familyForVersion(options.librechatVersion);
  const openRedis = options.openRedis ?? openRedisStore;
  const store = settings.useRedis ? await openRedis(settings) : undefined;
  try {
    const inspection = await inspecting(settings, () =>
      inspectModelCache(settings, { librechatVersion: options.librechatVersion, includeTokenConfig: options.includeTokenConfig, store }),
    );
    const { store: mongoStore, found: mongoFound, unreachable } = await readMongo(settings, options);
    try {
      const report = { ...initialReport(inspection, options, mongoFound), ...(unreachable ? { mongoUnreachable: unreachable } : {}) };
      if (options.dryRun || (report.planned.length === 0 && !mongoFound?.length)) return finish(report);
      if (options.confirm && !(await options.confirm(report))) return finish({ ...report, aborted: true, notDeleted: report.planned.map((k) => k.key) });
      if (store) await deleteRedisKeys(store, report, settings);
      if (mongoStore && report.mongo && !report.fault) await deleteMongoDocs(mongoStore, report, settings);
      return finish(report);
    } finally {
      await mongoStore?.close().catch(() => undefined);
    }
  } finally {
    await store?.close();
  }
}

function initialReport(inspection: CacheInspection, options: ClearOptions, mongoFound: MongoCacheDoc[] | undefined): ClearReport {
  return {
    dryRun: Boolean(options.dryRun),
    ...(options.versionChoice ? { versionChoice: options.versionChoice } : {}),
    inspection,
    planned: inspection.keys,
    deleted: [],
    notDeleted: options.dryRun ? inspection.keys.map((k) => k.key) : [],
    unknown: [],
    reappeared: [],
    aborted: false,
    ...(mongoFound ? { mongo: { collection: 'logs', found: mongoFound, deleted: [] } } : {}),
    exitCode: ExitCode.Clean,
  };
}

async function deleteRedisKeys(store: RedisKeyStore, report: ClearReport, settings: CacheSettings): Promise<void> {
  const keys = report.planned.map((k) => k.key);
  const result = await store.remove(keys);
  report.notDeleted = result.notRemoved;
  report.unknown = result.unknown;
  if (result.fault) {
    report.deleted = result.removed;
    report.fault = { phase: 'redis-delete', message: result.fault };
    return;
  }
  try {
    const after = await store.inspect(result.removed);
    report.deleted = after.filter((i) => !i.exists).map((i) => i.key);
    report.reappeared = after.filter((i) => i.exists).map((i) => i.key);
  } catch (error) {
    report.deleted = result.removed;
    report.fault = { phase: 'redis-recheck', message: redactPasswords(describeError(error), settings.secrets) };
  }
}

/** Opens MongoDB and reads the model-config documents; an unreachable server becomes a warning. */
async function readMongo(settings: CacheSettings, options: ClearOptions): Promise<{ store?: MongoCacheStore; found?: MongoCacheDoc[]; unreachable?: { message: string } }> {
  if (!settings.mongoUri || options.skipMongo) return {};
  let store: MongoCacheStore | undefined;
  try {
    store = await (options.openMongo ?? openMongoStore)(settings.mongoUri, settings.secrets);
    return { store, found: await findMongoDocs(store) };
  } catch (error) {
    await store?.close().catch(() => undefined);
    // A malformed MONGO_URI is a mistake to fix (LibreChat would not start either), not an unreachable server.
    const problem = problemOf(error);
    if (problem?.code === 'mongo.uri') throw error;
    // The driver's own reason: the report already says MongoDB was not reached.
    return { unreachable: { message: problem?.code === 'mongo.connect' ? problem.params.reason : redactPasswords(describeError(error), settings.secrets) } };
  }
}

async function findMongoDocs(store: MongoCacheStore): Promise<MongoCacheDoc[]> {
  const { exact, prefixes } = mongoModelKeyFilter();
  const docs = await store.findByKeys(exact, prefixes);
  return docs.filter((d) => isMongoModelKey(d.key));
}

async function deleteMongoDocs(store: MongoCacheStore, report: ClearReport, settings: CacheSettings): Promise<void> {
  const mongo = report.mongo!;
  const keys = mongo.found.map((d) => d.key);
  try {
    await store.deleteByKeys(keys);
    const left = new Set((await findMongoDocs(store)).map((d) => d.key));
    mongo.deleted = keys.filter((k) => !left.has(k));
  } catch (error) {
    report.fault = { phase: 'mongo', message: redactPasswords(describeError(error), settings.secrets) };
  }
}

function finish(report: ClearReport): ClearReport {
  return { ...report, exitCode: exitCodeFor(report) };
}

/** Exit code from the report: a fault is 2; any model cache only a restart clears is 1. */
export function exitCodeFor(report: ClearReport): ExitCode {
  if (report.fault || report.aborted) return ExitCode.Failure;
  const restart = report.inspection.restart.some((a) => a.inMemory.length > 0) || report.inspection.location === 'memory';
  return restart ? ExitCode.Problems : ExitCode.Clean;
}

/** Turns unexpected driver errors before any deletion into one masked line (nothing deleted yet). */
async function inspecting<T>(settings: CacheSettings, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HandledError || error instanceof UsageError) throw error;
    throw new HandledError({ code: 'cache.inspect-failed', params: { reason: redactPasswords(describeError(error), settings.secrets) } }, { cause: error });
  }
}
