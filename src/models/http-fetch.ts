import { failureTextOf } from '../probe/probe-errors.js';
import type { ProbeError } from '../probe/types.js';
import type { FetchModelList } from './ports.js';
import type { FetchDetail, FetchOutcome } from './types.js';

/**
 * The real `FetchModelList`: the probe's model-list fetch (`getModelList`: undici loaded on first
 * use, `PROXY`/`NO_PROXY` as LibreChat honours them, no credentials sent across origins, the shape
 * LibreChat accepts), its answer as a `FetchOutcome`. Never throws.
 */
export const fetchModelListOverHttp: FetchModelList = async (request) => {
  const failed = (reason: Extract<FetchOutcome, { ok: false }>['reason'], detail: FetchDetail): FetchOutcome => ({ ok: false, url: request.url, reason, detail });
  try {
    new URL(request.url);
  } catch {
    return failed('invalid-url', { code: 'invalid-url', params: {} });
  }
  const { getModelList } = await import('../probe/model-list.js');
  const limits = { timeoutMs: request.timeoutMs, connectTimeoutMs: request.timeoutMs, stallTimeoutMs: request.timeoutMs };
  const answer = await getModelList({ url: request.url, method: 'GET', headers: request.headers }, request.shape, limits, request.proxy);
  if (answer.ok) return { ok: true, url: request.url, status: answer.status, ids: answer.ids };
  const { error, status } = answer;
  const text = failureTextOf(error);
  if (error.kind === 'not-a-model-list') return { ok: false, url: request.url, reason: 'shape', ...(status !== undefined ? { status } : {}), ...text };
  if (status !== undefined) return { ok: false, url: request.url, reason: 'http', status, ...text };
  if (TIMED_OUT.has(error.kind)) return failed('timeout', { code: 'no-answer', params: { seconds: request.timeoutMs / 1000 } });
  const own = NETWORK_DETAILS[error.kind];
  return own ? failed('network', { code: own, params: {} }) : { ok: false, url: request.url, reason: 'network', ...text };
};

const TIMED_OUT: ReadonlySet<ProbeError['kind']> = new Set(['timeout', 'connect-timeout', 'stall']);

/** Network failures said in lc-doctor's words rather than the OS's. */
const NETWORK_DETAILS: Partial<Record<ProbeError['kind'], 'refused' | 'host-not-found'>> = { refused: 'refused', dns: 'host-not-found' };
