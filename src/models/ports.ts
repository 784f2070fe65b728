import type { FetchOutcome } from './types.js';

/**
 * The engine's only door to the network. `shape` says which answer LibreChat accepts:
 * `openai` is `{data:[{id}]}` from `GET {base}/models`, `ollama` is `{models:[{name}]}` from
 * `GET {origin}/api/tags`. Implementations never throw; every failure is a `FetchOutcome`.
 */
export interface ModelListRequest {
  url: string;
  /** Headers exactly as LibreChat would send them (auth included). */
  headers: Record<string, string>;
  shape: 'openai' | 'ollama';
  timeoutMs: number;
  /** `PROXY` / `NO_PROXY` as LibreChat's process sees them (LibreChat fetches lists through PROXY). */
  proxy: { PROXY?: string; NO_PROXY?: string };
}

export type FetchModelList = (request: ModelListRequest) => Promise<FetchOutcome>;

/** LibreChat's model-fetch timeout (axios `timeout: 5000`) in every targeted version. */
export const LIBRECHAT_FETCH_TIMEOUT_MS = 5000;
