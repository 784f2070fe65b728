import type { FetchModelList, ModelListRequest } from './ports.js';
import type { FetchOutcome } from './types.js';

/**
 * The real `FetchModelList`: one GET with LibreChat's headers and timeout, judged by the shape
 * LibreChat accepts. Uses Node's built-in fetch so that nothing heavy loads for this.
 */
export const fetchModelListOverHttp: FetchModelList = async (request) => {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, url: request.url, reason: 'invalid-url', message: 'not a URL' };
  }
  try {
    const response = await fetch(url, { headers: request.headers, signal: AbortSignal.timeout(request.timeoutMs) });
    const text = await response.text();
    if (!response.ok) return { ok: false, url: request.url, reason: 'http', status: response.status, message: firstLine(text) };
    return judgeBody(request, response.status, text);
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    if (timedOut) return { ok: false, url: request.url, reason: 'timeout', message: `no answer within ${request.timeoutMs / 1000} s` };
    return { ok: false, url: request.url, reason: 'network', message: networkMessage(error) };
  }
};

/** `{data:[{id}]}` for `/models`, `{models:[{name}]}` for Ollama's `/api/tags`; anything else fails like it does in LibreChat. */
export function judgeBody(request: ModelListRequest, status: number, text: string): FetchOutcome {
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

function firstLine(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } | string; message?: string };
    const message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
    if (message) return message.slice(0, 200);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

function networkMessage(error: unknown): string {
  type Cause = { code?: string; message?: string; errors?: Cause[] };
  const outer = (error as { cause?: Cause }).cause;
  // Node reports a refused loopback connection as an AggregateError (IPv4 and IPv6 attempts).
  const cause = outer?.code ? outer : outer?.errors?.[0];
  if (cause?.code) return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code === 'ENOTFOUND' ? 'host not found' : cause.code;
  return error instanceof Error ? error.message : String(error);
}
