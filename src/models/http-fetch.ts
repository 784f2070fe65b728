import { performance } from 'node:perf_hooks';
import type { FetchModelList, ModelListRequest } from './ports.js';
import type { FetchOutcome } from './types.js';

/** A models list is small; anything beyond this is not one. */
const MAX_LIST_BYTES = 8 * 1024 * 1024;

/**
 * The real `FetchModelList`: one GET through the probe's HTTP layer (undici, loaded on first use;
 * `PROXY`/`NO_PROXY` as LibreChat honours them; no credentials sent across origins), judged by
 * the shape LibreChat accepts. Never throws.
 */
export const fetchModelListOverHttp: FetchModelList = async (request) => {
  try {
    new URL(request.url);
  } catch {
    return { ok: false, url: request.url, reason: 'invalid-url', message: 'not a URL' };
  }
  const [{ sendHttpRequest, readBodyText }, { classifyHttpError, classifyNetworkError }] = await Promise.all([import('../probe/http.js'), import('../probe/probe-errors.js')]);
  const limits = { timeoutMs: request.timeoutMs, connectTimeoutMs: request.timeoutMs, stallTimeoutMs: request.timeoutMs };
  try {
    const response = await sendHttpRequest({ url: request.url, method: 'GET', headers: request.headers }, limits, request.proxy, performance.now());
    try {
      const text = await readBodyText(response.body, MAX_LIST_BYTES);
      if (response.crossOriginRedirect) return { ok: false, url: request.url, reason: 'http', status: response.status, message: `redirected to ${response.crossOriginRedirect}` };
      if (response.status >= 400) return { ok: false, url: request.url, reason: 'http', status: response.status, message: classifyHttpError(response.status, response.headers, text).message };
      return judgeBody(request, response.status, text);
    } finally {
      await response.close();
    }
  } catch (error) {
    const failure = classifyNetworkError(error);
    const timedOut = failure.kind === 'timeout' || failure.kind === 'connect-timeout' || failure.kind === 'stall';
    if (timedOut) return { ok: false, url: request.url, reason: 'timeout', message: `no answer within ${request.timeoutMs / 1000} s` };
    return { ok: false, url: request.url, reason: 'network', message: failure.kind === 'refused' ? 'connection refused' : failure.kind === 'dns' ? 'host not found' : failure.message };
  }
};

/** `{data:[{id}]}` for `/models`, `{models:[{name}]}` for Ollama's `/api/tags`; anything else fails like it does in LibreChat. */
export function judgeBody(request: Pick<ModelListRequest, 'url' | 'shape'>, status: number, text: string): FetchOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, url: request.url, reason: 'shape', status, message: 'the answer is not JSON' };
  }
  const field = request.shape === 'ollama' ? 'models' : 'data';
  const key = request.shape === 'ollama' ? 'name' : 'id';
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  if (!Array.isArray(list)) return { ok: false, url: request.url, reason: 'shape', status, message: `the answer has no "${field}" array` };
  const ids = list.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined)).filter((id): id is string => typeof id === 'string');
  return { ok: true, url: request.url, status, ids };
}
