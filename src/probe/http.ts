import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';
import { proxyFor } from './proxy.js';

/** One request as it goes on the wire. Headers may hold the key: never logged. */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export interface HttpLimits {
  timeoutMs: number;
  connectTimeoutMs: number;
  stallTimeoutMs: number;
}

/** A response whose body is still streaming; `close()` releases the connection. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: AsyncIterable<Uint8Array>;
  /** ms from start to TCP/TLS connected (direct connections only). */
  connectMs?: number;
  headersMs: number;
  /** Set when the server redirected to another origin; the request was not repeated there. */
  crossOriginRedirect?: string;
  signal: AbortSignal;
  close(): Promise<void>;
}

const MAX_SAME_ORIGIN_REDIRECTS = 3;

let undiciModule: Promise<typeof import('undici')> | undefined;

/** undici, loaded on first use (never at start-up); callers await it before starting their clocks. */
export function loadUndici(): Promise<typeof import('undici')> {
  undiciModule ??= import('undici');
  return undiciModule;
}

/**
 * Sends one request with undici (loaded on first use, never at start-up). A dispatcher per
 * request keeps timings honest (a fresh connect each time) and isolates slow endpoints. Redirects
 * are followed only on the same origin with 307/308 (method and body kept); a redirect elsewhere
 * comes back as `crossOriginRedirect` so credentials never reach another origin.
 */
export async function sendHttpRequest(request: HttpRequest, limits: HttpLimits, environment: Record<string, string | undefined>, startedAt: number): Promise<HttpResponse> {
  const undici = await loadUndici();
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let connectMs: number | undefined;
  const dispatcher = createDispatcher(undici, request.url, limits, environment, () => (connectMs ??= performance.now() - startedAt));
  const close = () => dispatcher.destroy().catch(() => undefined);
  try {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const response = await undici.request(url, { method: request.method, headers: request.headers, body: request.body ?? null, dispatcher, signal });
      const location = headerString(response.headers.location);
      if (response.statusCode < 300 || response.statusCode >= 400 || !location) {
        return wrap(response, { ...(connectMs !== undefined ? { connectMs } : {}), headersMs: performance.now() - startedAt, signal, close });
      }
      await response.body.dump().catch(() => undefined);
      const next = new URL(location, url);
      const sameOrigin = next.origin === new URL(url).origin;
      if (!sameOrigin || ![307, 308].includes(response.statusCode) || hop >= MAX_SAME_ORIGIN_REDIRECTS) {
        return wrap(response, { headersMs: performance.now() - startedAt, signal, close, crossOriginRedirect: sameOrigin ? next.href : next.origin });
      }
      url = next.href;
    }
  } catch (error) {
    await close();
    throw error;
  }
}

type Undici = typeof import('undici');

function createDispatcher(undici: Undici, url: string, limits: HttpLimits, environment: Record<string, string | undefined>, onConnect: () => void): Dispatcher {
  const timeouts = { headersTimeout: limits.timeoutMs, bodyTimeout: limits.stallTimeoutMs };
  const proxy = proxyFor(url, environment);
  if (proxy) return new undici.ProxyAgent({ uri: proxy, ...timeouts, proxyTls: { timeout: limits.connectTimeoutMs }, requestTls: { timeout: limits.connectTimeoutMs } });
  const connect = undici.buildConnector({ timeout: limits.connectTimeoutMs });
  return new undici.Agent({
    ...timeouts,
    connect: (options, callback) =>
      connect(options, (...args) => {
        if (args[0] === null) onConnect();
        callback(...args);
      }),
  });
}

function wrap(response: Dispatcher.ResponseData, extra: Omit<HttpResponse, 'status' | 'headers' | 'body'>): HttpResponse {
  return { status: response.statusCode, headers: response.headers, body: response.body, ...extra };
}

function headerString(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads a (small) error body as text, bounded so a huge HTML page cannot hold the probe. */
export async function readBodyText(body: AsyncIterable<Uint8Array>, limit = 64 * 1024): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const part of body) {
    text += decoder.decode(part, { stream: true });
    if (text.length >= limit) break;
  }
  return text.slice(0, limit);
}
