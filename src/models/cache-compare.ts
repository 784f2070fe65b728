import { createHash } from 'node:crypto';
import type { ModelCheck } from './checks.js';
import type { EndpointResolution, Fix, ModelResolution } from './types.js';

/**
 * The part of the cache branch's `CacheInspection` this check reads. Kept structural so the
 * comparison is a pure function tested without Redis.
 */
export interface CacheView {
  location: 'redis' | 'memory';
  /** Decoded `MODELS_CONFIG` entries: the whole list per endpoint that LibreChat serves. */
  modelLists: { key: string; endpoints: Record<string, string[]> }[];
  /** Decoded `MODEL_QUERIES` entries: ids fetched from one provider, and when Keyv drops the entry (epoch ms). */
  modelQueries: { key: string; models: string[]; expiresAt?: number }[];
}

/** Reads LibreChat's model cache without changing it; implemented with the cache branch's inspector. */
export type InspectCache = (environment: Record<string, string>, librechatVersion: string) => Promise<CacheView>;

/** Both spellings of a `MODEL_QUERIES` key: the base URL (to 0.8.4), sha256(base:key)[0:32] (0.8.5+). */
export function modelQueriesIds(baseURL: string, apiKey: string): string[] {
  return [baseURL, createHash('sha256').update(`${baseURL}:${apiKey}`).digest('hex').slice(0, 32)];
}

/** The options check-models ran with that say which deployment's cache it read. */
export interface ClearTarget {
  env?: string;
  librechatVersion?: string;
}

/** The command that clears the cache check-models read: the same .env and LibreChat line. */
export function clearCommand(target: ClearTarget = {}): Fix {
  const words = ['lc-doctor clear-models-cache'];
  if (target.env) words.push('-e', quoteForShell(target.env));
  if (target.librechatVersion) words.push('--librechat-version', quoteForShell(target.librechatVersion));
  return { kind: 'command', text: words.join(' ') };
}

function quoteForShell(value: string): string {
  return /^[\w./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Compares what LibreChat has cached with what the current files give, endpoint by endpoint. */
export function compareCache(resolution: ModelResolution, view: CacheView, target?: ClearTarget, now = Date.now()): ModelCheck[] {
  const visible = resolution.endpoints.filter((e) => e.status === 'shown' || e.status === 'fallback');
  const checks: ModelCheck[] = [];
  const clear = clearCommand(target);
  for (const list of view.modelLists) checks.push(...compareModelList(list, visible, clear));
  for (const endpoint of visible) {
    const query = cachedQuery(endpoint, view, now);
    if (query && endpoint.fetch?.ok && differs(query.models, endpoint.fetch.ids)) {
      const args = { key: query.key, cached: query.models.length, resolved: endpoint.fetch.ids.length, entry: 'MODEL_QUERIES', missing: missingFrom(query.models, endpoint.fetch.ids), ...expiresIn(query, now) } as const;
      checks.push({ code: 'cache-stale', status: 'fail', endpoint: endpoint.name, args, fix: clear });
    }
  }
  if (checks.length > 0) return checks;
  if (view.location === 'memory') return [{ code: 'cache-in-memory', status: 'ok', args: {} }];
  return [{ code: 'cache-fresh', status: 'ok', args: { lists: view.modelLists.length, queries: view.modelQueries.length } }];
}

/**
 * Where LibreChat's cache already holds a list for this endpoint that lacks `model`: LibreChat
 * serves that list, not the one the files give, until the cache is cleared. Same entries and
 * matching as `compareCache`, so `--why` and the plain report agree.
 */
export function staleCacheFor(endpoint: EndpointResolution, view: CacheView, model: string, now = Date.now()): StaleEntry | undefined {
  for (const list of view.modelLists) {
    const cached = list.endpoints[endpoint.name];
    if (!cached?.includes(model)) return { key: list.key, entry: 'MODELS_CONFIG', absent: cached === undefined };
  }
  const query = cachedQuery(endpoint, view, now);
  if (query && endpoint.fetch?.ok && endpoint.fetch.ids.includes(model) && !query.models.includes(model)) return { key: query.key, entry: 'MODEL_QUERIES', absent: false, ...expiresIn(query, now) };
  return undefined;
}

/** A cached list that lacks a model; `expiresIn` (seconds) when the entry drops out by itself. */
export interface StaleEntry {
  key: string;
  entry: 'MODELS_CONFIG' | 'MODEL_QUERIES';
  absent: boolean;
  expiresIn?: number;
}

/** Seconds until Keyv drops a `MODEL_QUERIES` entry (0.8.5+ keeps a fetch two minutes), when it does. */
function expiresIn(query: CacheView['modelQueries'][number], now: number): { expiresIn?: number } {
  return query.expiresAt === undefined ? {} : { expiresIn: Math.ceil((query.expiresAt - now) / 1000) };
}

/** The endpoint's `MODEL_QUERIES` entry, unless it has expired: Keyv then reads nothing and LibreChat fetches afresh. */
function cachedQuery(endpoint: EndpointResolution, view: CacheView, now: number): CacheView['modelQueries'][number] | undefined {
  return view.modelQueries.find((q) => (q.expiresAt === undefined || q.expiresAt > now) && endpoint.cacheIds?.some((id) => q.key.endsWith(`:${id}`)));
}

function compareModelList(list: CacheView['modelLists'][number], visible: EndpointResolution[], clear: Fix): ModelCheck[] {
  const checks: ModelCheck[] = [];
  for (const endpoint of visible) {
    const cached = list.endpoints[endpoint.name];
    const resolved = endpoint.models.map((m) => m.id);
    if (cached && !differs(cached, resolved)) continue;
    checks.push({
      code: 'cache-stale',
      status: 'fail',
      endpoint: endpoint.name,
      args: { key: list.key, cached: cached?.length ?? 0, resolved: resolved.length, entry: 'MODELS_CONFIG', absent: cached === undefined, missing: missingFrom(cached ?? [], resolved) },
      fix: clear,
    });
  }
  return checks;
}

function differs(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return true;
  const set = new Set(a);
  return b.some((id) => !set.has(id));
}

/** Up to five resolved ids the cached list lacks (what the admin is waiting for). */
function missingFrom(cached: string[], resolved: string[]): string[] {
  const set = new Set(cached);
  return resolved.filter((id) => !set.has(id)).slice(0, 5);
}
