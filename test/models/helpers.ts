import type { FetchModelList, ModelListRequest } from '../../src/models/ports.js';
import { resolveModelLists } from '../../src/models/resolve.js';
import type { FetchOutcome, ModelResolution } from '../../src/models/types.js';
import { listTargets } from '../../src/schema/targets.js';
import { resolveLibreChatVersion } from '../../src/librechat/index.js';

/**
 * A provider table for the engine's fetch port: URL -> ids (served) or a failure. Every request
 * is recorded so tests can assert what LibreChat would (not) have asked.
 */
export function providerTable(table: Record<string, string[] | { status: number } | 'refused'>): FetchModelList & { requests: ModelListRequest[] } {
  const requests: ModelListRequest[] = [];
  const port = async (request: ModelListRequest): Promise<FetchOutcome> => {
    requests.push(request);
    const entry = table[request.url];
    if (entry === undefined || entry === 'refused') return { ok: false, url: request.url, reason: 'network', message: 'connection refused' };
    if (!Array.isArray(entry)) return { ok: false, url: request.url, reason: 'http', status: entry.status, message: 'Not Found' };
    return { ok: true, url: request.url, status: 200, ids: entry };
  };
  return Object.assign(port, { requests });
}

export function targetFacts(id: string) {
  const target = listTargets().find((t) => t.id === id);
  if (!target) throw new Error(`no schema target ${id}`);
  return target;
}

/** Resolves as LibreChat `version` (0.8.8 unless told) does, with the default lists of the schema that judges it. */
export function resolveWith(config: unknown, environment: Record<string, string>, port: FetchModelList, version = '0.8.8'): Promise<ModelResolution> {
  const { line, version: parsed } = resolveLibreChatVersion(version);
  return resolveModelLists({ config, environment, librechatVersion: parsed.text, defaultModels: targetFacts(line.schema).facts.defaultModels }, port);
}

export function customEntry(overrides: Record<string, unknown>): Record<string, unknown> {
  return { name: 'provider', apiKey: '${PROVIDER_KEY}', baseURL: 'http://127.0.0.1:9/v1', models: { default: ['model-a'] }, ...overrides };
}
