import { createHash } from 'node:crypto';
import type { ModelCheck } from './checks.js';
import type { EndpointResolution, ModelResolution } from './types.js';

/**
 * The part of the cache branch's `CacheInspection` this check reads. Kept structural so the
 * comparison is a pure function tested without Redis.
 */
export interface CacheView {
  location: 'redis' | 'memory';
  /** Decoded `MODELS_CONFIG` entries: the whole list per endpoint that LibreChat serves. */
  modelLists: { key: string; endpoints: Record<string, string[]> }[];
  /** Decoded `MODEL_QUERIES` entries: ids fetched from one provider. */
  modelQueries: { key: string; models: string[] }[];
}

/** Reads LibreChat's model cache without changing it; implemented with the cache branch's inspector. */
export type InspectCache = (environment: Record<string, string>, librechatVersion: string) => Promise<CacheView>;

/** Both spellings of a `MODEL_QUERIES` key: the base URL (to 0.8.4), sha256(base:key)[0:32] (0.8.5+). */
export function modelQueriesIds(baseURL: string, apiKey: string): string[] {
  return [baseURL, createHash('sha256').update(`${baseURL}:${apiKey}`).digest('hex').slice(0, 32)];
}

const CLEAR = { kind: 'command' as const, text: 'lc-doctor clear-models-cache' };

/** Compares what LibreChat has cached with what the current files give, endpoint by endpoint. */
export function compareCache(resolution: ModelResolution, view: CacheView): ModelCheck[] {
  const visible = resolution.endpoints.filter((e) => e.status === 'shown' || e.status === 'fallback');
  const checks: ModelCheck[] = [];
  for (const list of view.modelLists) checks.push(...compareModelList(list, visible));
  for (const endpoint of visible) {
    const query = view.modelQueries.find((q) => endpoint.cacheIds?.some((id) => q.key.endsWith(`:${id}`)));
    if (query && endpoint.fetch?.ok && differs(query.models, endpoint.fetch.ids)) {
      checks.push({ code: 'cache-stale', status: 'fail', endpoint: endpoint.name, args: { key: query.key, cached: query.models.length, resolved: endpoint.fetch.ids.length, entry: 'MODEL_QUERIES', missing: missingFrom(query.models, endpoint.fetch.ids) }, fix: CLEAR });
    }
  }
  if (checks.length > 0) return checks;
  if (view.location === 'memory') return [{ code: 'cache-in-memory', status: 'ok', args: {} }];
  return [{ code: 'cache-fresh', status: 'ok', args: { lists: view.modelLists.length, queries: view.modelQueries.length } }];
}

function compareModelList(list: CacheView['modelLists'][number], visible: EndpointResolution[]): ModelCheck[] {
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
      fix: CLEAR,
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
