import type { FetchModelList } from './ports.js';

/**
 * The real `FetchModelList`: the probe's model-list fetch (`getModelList`: undici loaded on first
 * use, `PROXY`/`NO_PROXY` as LibreChat honours them, no credentials sent across origins, the shape
 * LibreChat accepts), its answer worded as a `FetchOutcome`. Never throws.
 */
export const fetchModelListOverHttp: FetchModelList = async (request) => {
  try {
    new URL(request.url);
  } catch {
    return { ok: false, url: request.url, reason: 'invalid-url', message: 'not a URL' };
  }
  const { getModelList } = await import('../probe/model-list.js');
  const limits = { timeoutMs: request.timeoutMs, connectTimeoutMs: request.timeoutMs, stallTimeoutMs: request.timeoutMs };
  const answer = await getModelList({ url: request.url, method: 'GET', headers: request.headers }, request.shape, limits, request.proxy);
  if (answer.ok) return { ok: true, url: request.url, status: answer.status, ids: answer.ids };
  const { error, status } = answer;
  const withStatus = status !== undefined ? { status } : {};
  if (error.kind === 'not-a-model-list') return { ok: false, url: request.url, reason: 'shape', ...withStatus, message: error.message };
  if (status !== undefined) return { ok: false, url: request.url, reason: 'http', status, message: error.message };
  if (error.kind === 'timeout' || error.kind === 'connect-timeout' || error.kind === 'stall') return { ok: false, url: request.url, reason: 'timeout', message: `no answer within ${request.timeoutMs / 1000} s` };
  return { ok: false, url: request.url, reason: 'network', message: error.kind === 'refused' ? 'connection refused' : error.kind === 'dns' ? 'host not found' : error.message };
};
