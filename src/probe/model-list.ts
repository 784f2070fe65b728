import { performance } from 'node:perf_hooks';
import { readBodyText, sendHttpRequest, type HttpLimits, type HttpRequest } from './http.js';
import { classifyHttpError, classifyNetworkError, redirectError } from './probe-errors.js';
import type { ProbeDetail, ProbeError } from './types.js';

/** A models list is small; anything beyond this is not one. */
const MAX_LIST_BYTES = 8 * 1024 * 1024;

/**
 * The answers LibreChat accepts: `openai` is `{data:[{id}]}` from `GET {base}/models`, `ollama`
 * is `{models:[{name}]}` from `GET {origin}/api/tags`. Anything else counts as a failed fetch.
 */
export type ModelListShape = 'openai' | 'ollama';

/** One model-list GET: the ids, or why there are none (kind `not-a-model-list`: answered, but not with a list). */
export type ModelListAnswer =
  | { ok: true; status: number; ids: string[] }
  | { ok: false; status?: number; error: ProbeError };

/**
 * The one model-list fetch behind `probe --list-models` and `check-models`: one GET through the
 * probe's HTTP layer (credentials never follow a cross-origin redirect), the provider's own words
 * on HTTP errors, and the body judged by the shape LibreChat accepts. Never throws.
 */
export async function getModelList(request: HttpRequest, shape: ModelListShape, limits: HttpLimits, environment: Record<string, string | undefined>): Promise<ModelListAnswer> {
  try {
    const response = await sendHttpRequest(request, limits, environment, performance.now());
    try {
      const text = await readBodyText(response.body, MAX_LIST_BYTES);
      const status = response.status;
      if (response.crossOriginRedirect) {
        return { ok: false, status, error: redirectError(status, response.crossOriginRedirect) };
      }
      if (status >= 400) return { ok: false, status, error: classifyHttpError(status, response.headers, text) };
      const ids = readModelIds(text, shape);
      return Array.isArray(ids) ? { ok: true, status, ids } : { ok: false, status, error: { kind: 'not-a-model-list', detail: ids } };
    } finally {
      await response.close();
    }
  } catch (error) {
    return { ok: false, error: classifyNetworkError(error) };
  }
}

/** The string ids of a list answer, or why the answer is not one. */
export function readModelIds(text: string, shape: ModelListShape): string[] | ProbeDetail {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { code: 'not-json', params: {} };
  }
  const field = shape === 'ollama' ? 'models' : 'data';
  const key = shape === 'ollama' ? 'name' : 'id';
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  if (!Array.isArray(list)) return { code: 'no-array', params: { field } };
  return list.map((item: unknown) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined)).filter((id): id is string => typeof id === 'string');
}
