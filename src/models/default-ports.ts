import type { Deployment } from '../config/load-deployment.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { CheckModelsPorts } from './run.js';
import type { CacheView } from './cache-compare.js';
import { fetchModelListOverHttp } from './http-fetch.js';

/**
 * The real outside world for check-models: HTTP for model lists and the cache branch's read-only
 * inspector (ioredis loads only when USE_REDIS is on).
 */
export function createDefaultPorts(): CheckModelsPorts {
  return { fetchModelList: fetchModelListOverHttp, inspectCache, probeModels, validateConfig };
}

/** validate's schema check: a config LibreChat rejects is not loaded at all. */
async function validateConfig(deployment: Deployment, targetId: string): Promise<Diagnostic[]> {
  const config = deployment.config;
  if (!config || config.syntaxErrors.length > 0 || config.value === null || config.value === undefined) return [];
  const [{ checkSchema }, { listTargets }, { locateDiagnostics }] = await Promise.all([import('../schema/check-schema.js'), import('../schema/targets.js'), import('../config/locate.js')]);
  const target = listTargets().find((t) => t.id === targetId);
  if (!target) return [];
  return locateDiagnostics(config, checkSchema(config.value, target, config.file));
}

async function probeModels(...args: Parameters<typeof import('./probe-adapter.js').probeShownModels>) {
  const { probeShownModels } = await import('./probe-adapter.js');
  return probeShownModels(...args);
}

async function inspectCache(environment: Record<string, string>, librechatVersion: string): Promise<CacheView> {
  const { resolveCacheSettings, inspectModelCache } = await import('../cache/index.js');
  const settings = resolveCacheSettings(environment);
  if (!settings.useRedis) return { location: 'memory', modelLists: [], modelQueries: [] };
  const inspection = await inspectModelCache(settings, { librechatVersion });
  // Keys another LibreChat line left behind (orphans after an upgrade) are not read by this one.
  const orphans = new Set(inspection.keys.filter((k) => k.orphan).map((k) => k.key));
  return {
    location: inspection.location,
    modelLists: inspection.modelLists.filter((l) => !orphans.has(l.key)),
    modelQueries: inspection.modelQueries.filter((q) => !orphans.has(q.key)),
  };
}
