import type { FailureText, ProbeError } from './types.js';

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
  'EPROTO',
]);

/** Maps whatever undici / node threw to one classified failure; never rethrows. */
export function classifyNetworkError(error: unknown): ProbeError {
  const chain = causeChain(error);
  const codes = chain.map((e) => String((e as { code?: unknown }).code ?? ''));
  const found = chain.map((e) => (e instanceof Error ? e.message : String(e))).find((m) => m && m !== 'fetch failed');
  const text: FailureText = found ? { message: found } : { detail: { code: 'no-message', params: {} } };
  const has = (...wanted: string[]) => codes.some((c) => wanted.includes(c));
  const timedOut = chain.some((e) => (e as { name?: unknown }).name === 'TimeoutError');
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME')) return { kind: 'dns', ...text };
  if (has('ECONNREFUSED')) return { kind: 'refused', ...text };
  if (has('UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT')) return { kind: 'connect-timeout', ...text };
  // undici's own words ("Body Timeout Error", "aborted due to timeout") tell the user nothing.
  if (has('UND_ERR_BODY_TIMEOUT')) return { kind: 'stall', detail: { code: 'stall-timeout', params: {} } };
  if (codes.some((c) => TLS_CODES.has(c) || c.startsWith('ERR_SSL') || c.startsWith('ERR_TLS'))) return { kind: 'tls', ...text, code: codes.find((c) => TLS_CODES.has(c) || c.startsWith('ERR_')) ?? '' };
  if (timedOut) return { kind: 'timeout', detail: { code: 'time-limit', params: {} } };
  if (has('UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_ABORTED', 'ABORT_ERR')) return { kind: 'timeout', ...text };
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED')) return { kind: 'reset', ...text };
  return { kind: 'network', ...text };
}

/** A cross-origin redirect, not followed: credentials stay on the configured origin. */
export function redirectError(status: number, location: string): ProbeError {
  return { kind: 'redirect', status, location, detail: { code: 'redirected', params: { location } } };
}

/** The failure text of an error without its other facts, for verdicts that quote it. */
export function failureTextOf<D>(error: { message?: string; detail?: D }): FailureText<D> {
  return error.detail !== undefined ? { detail: error.detail } : { message: error.message ?? '' };
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 5) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** An HTTP error answer, with the provider's own words from a JSON or HTML body. */
export function classifyHttpError(status: number, headers: Record<string, string | string[] | undefined>, body: string): ProbeError {
  const retryAfter = parseRetryAfter(headerValue(headers['retry-after']));
  const { message, code } = readErrorBody(body);
  return {
    kind: 'http',
    status,
    message: message || `HTTP ${status}`,
    ...(code ? { code } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
}

function readErrorBody(body: string): { message: string; code?: string } {
  const trimmed = body.trim();
  try {
    const parsed = JSON.parse(trimmed) as Record<string, unknown>;
    const error = typeof parsed.error === 'object' && parsed.error !== null ? (parsed.error as Record<string, unknown>) : parsed;
    const message = [error.message, error.msg, parsed.message, parsed.detail, parsed.error].find((m) => typeof m === 'string') as string | undefined;
    const code = error.code ?? parsed.code;
    return { message: oneLine(message ?? ''), ...(code !== undefined && code !== null ? { code: String(code) } : {}) };
  } catch {
    // not JSON: HTML error pages (gateways, proxies) or plain text
  }
  if (/<html|<!doctype/i.test(trimmed)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(trimmed)?.[1] ?? '';
    return { message: oneLine(title.replace(/<[^>]+>/g, '')) };
  }
  return { message: oneLine(trimmed) };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - now) / 1000));
}
