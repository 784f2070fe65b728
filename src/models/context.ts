import type { FetchModelList, ModelListRequest } from './ports.js';
import type { FetchOutcome } from './types.js';
import type { VersionRules } from './version-rules.js';

/** What every resolver reads; built once per run by `resolveModelLists`. */
export interface ResolveContext {
  /** The environment LibreChat's process sees (.env under the process environment). */
  environment: Record<string, string>;
  /** The plain librechat.yaml value (`undefined` when there is none or it did not load). */
  config: unknown;
  /** `defaultModels` of the targeted version, from the generated schema data. */
  defaultModels: Record<string, string[]>;
  librechatVersion: string;
  rules: VersionRules;
  /** `ENDPOINTS` as LibreChat parses it, or the default order. */
  enabledEndpoints: string[];
  fetchModelList: FetchModelList;
  /** Also read `/models` of endpoints LibreChat does not fetch, to find typos (read-only). */
  lookUpProviders: boolean;
}

/** The proxy variables LibreChat's model fetch honours. */
export function proxySettings(context: ResolveContext): { PROXY?: string; NO_PROXY?: string } {
  return { PROXY: envValue(context, 'PROXY'), NO_PROXY: envValue(context, 'NO_PROXY') ?? envValue(context, 'no_proxy') };
}

/** A trimmed, non-empty environment value, as LibreChat's truthiness checks see it. */
export function envValue(context: ResolveContext, name: string): string | undefined {
  const value = context.environment[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Reads `config.endpoints[key]` without trusting the YAML's shape. */
export function endpointsSection(config: unknown, key: string): unknown {
  if (!isRecord(config)) return undefined;
  const endpoints = config.endpoints;
  return isRecord(endpoints) ? endpoints[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Not a LibreChat step: lc-doctor reads the provider's list (read-only, with the key LibreChat
 * sends to that URL) where LibreChat does not fetch, so ids the provider lacks and near-misses
 * from the provider's own spelling can be reported. Custom endpoints and method one share it.
 */
export async function lookUpProvider(context: ResolveContext, request: ModelListRequest): Promise<FetchOutcome | undefined> {
  return context.lookUpProviders ? context.fetchModelList(request) : undefined;
}
