import { interpolate, isUserProvided } from '../env/interpolate.js';
import type { ProbeTarget, SkippedTarget } from './types.js';

/** Options for {@link collectProbeTargets}. */
export interface CollectOptions {
  /** Only these endpoint names (exact, as LibreChat matches them). Empty = all. */
  endpoints?: string[];
  /** A key typed by the user (`--key-stdin`) for `user_provided` / unresolved keys. Never stored. */
  suppliedKey?: string;
}

export interface CollectedTargets {
  targets: ProbeTarget[];
  skipped: SkippedTarget[];
}

const OPENAI_DEFAULT_BASE = 'https://api.openai.com/v1';
/** Header templates LibreChat fills per request; a probe has no user, so it sends a fixed marker. */
const LIBRECHAT_TEMPLATE = /\{\{LIBRECHAT_[A-Z_]+\}\}/g;

/**
 * Every endpoint LibreChat would call: each `endpoints.custom[]` entry plus the built-in OpenAI
 * endpoint when `OPENAI_API_KEY` is set. Entries LibreChat drops at runtime, and entries whose key
 * or URL cannot be resolved, are reported as skipped so nothing half-resolved is ever sent.
 */
export function collectProbeTargets(config: unknown, environment: Record<string, string>, options: CollectOptions = {}): CollectedTargets {
  const targets: ProbeTarget[] = [];
  const skipped: SkippedTarget[] = [];
  const custom = readCustomEndpoints(config);
  custom.forEach((entry, index) => {
    const outcome = resolveCustomEntry(entry, `/endpoints/custom/${index}`, environment, options.suppliedKey);
    if ('reason' in outcome) skipped.push(outcome);
    else targets.push(outcome);
  });
  // titleEndpoint is looked up in the whole config, before any --endpoint selection.
  for (const target of targets) {
    const titleTarget = target.titleEndpoint === undefined ? undefined : targets.find((t) => t.name === target.titleEndpoint && t !== target);
    if (titleTarget) target.titleTarget = titleTarget;
  }
  const openAI = resolveOpenAI(config, environment, options.suppliedKey);
  if (openAI && 'reason' in openAI) skipped.push(openAI);
  else if (openAI) targets.push(openAI);
  const wanted = options.endpoints ?? [];
  if (wanted.length === 0) return { targets, skipped };
  return { targets: targets.filter((t) => wanted.includes(t.name)), skipped: skipped.filter((s) => wanted.includes(s.name)) };
}

type Entry = Record<string, unknown>;

function readCustomEndpoints(config: unknown): Entry[] {
  const endpoints = asRecord(asRecord(config)?.endpoints);
  const custom = endpoints?.custom;
  return Array.isArray(custom) ? custom.filter((e): e is Entry => asRecord(e) !== undefined) : [];
}

function resolveCustomEntry(entry: Entry, source: string, env: Record<string, string>, suppliedKey?: string): ProbeTarget | SkippedTarget {
  const name = typeof entry.name === 'string' ? entry.name : `custom[${source.split('/').pop()}]`;
  const models = asRecord(entry.models);
  const modelIds = readModelIds(models?.default);
  const fetchModels = models?.fetch === true;
  for (const field of ['name', 'apiKey', 'baseURL'] as const) {
    if (typeof entry[field] !== 'string' || entry[field] === '') return skip(name, source, 'incomplete-entry', field);
  }
  if (modelIds.length === 0 && !fetchModels) return skip(name, source, 'incomplete-entry', 'models');

  const key = resolveSecretField(String(entry.apiKey), env, suppliedKey);
  if ('reason' in key) return { name, source, field: 'apiKey', ...key };
  const base = interpolate(String(entry.baseURL), env);
  if (isUserProvided(base.value)) return skip(name, source, 'user-provided', 'baseURL');
  if (base.unresolved.length > 0) return skip(name, source, 'unresolved-variable', 'baseURL', base.unresolved);
  if (!isHttpUrl(base.value)) return skip(name, source, 'invalid-base-url', 'baseURL');
  const headers = resolveHeaders(entry.headers, env);
  if ('reason' in headers) return { name, source, ...headers };

  const customParams = asRecord(entry.customParams);
  const reasoningKey = customParams?.reasoningKey;
  return {
    name,
    source,
    baseURL: base.value.replace(/\/+$/, ''),
    directEndpoint: entry.directEndpoint === true,
    apiKey: key.value,
    ...(key.variable ? { apiKeyVariable: key.variable } : {}),
    headers: headers.values,
    addParams: asRecord(entry.addParams) ?? {},
    dropParams: Array.isArray(entry.dropParams) ? entry.dropParams.filter((p): p is string => typeof p === 'string') : [],
    models: modelIds,
    fetchModels,
    ...(typeof entry.titleModel === 'string' ? { titleModel: entry.titleModel } : {}),
    ...(entry.titleConvo === true ? { titleConvo: true } : {}),
    ...(typeof entry.titleEndpoint === 'string' ? { titleEndpoint: entry.titleEndpoint } : {}),
    raw: { baseURL: String(entry.baseURL), ...(asRecord(entry.headers) ? { headers: asRecord(entry.headers)! } : {}) },
    ...(reasoningKey === 'reasoning' || reasoningKey === 'reasoning_content' ? { reasoningKey } : {}),
    ...(customParams?.includeReasoningHistory === true ? { replayReasoning: true } : {}),
  };
}

function resolveOpenAI(config: unknown, env: Record<string, string>, suppliedKey?: string): ProbeTarget | SkippedTarget | undefined {
  const rawKey = env.OPENAI_API_KEY;
  if (!rawKey) return undefined;
  const source = 'env:OPENAI_API_KEY';
  // LibreChat uses the variable's value as it is: `${OTHER}` in it was expanded by Docker Compose's
  // env_file or not at all (dotenv never expands), so it is never expanded here either.
  if (isUserProvided(rawKey) && !suppliedKey) return { name: 'openAI', source, field: 'OPENAI_API_KEY', reason: 'user-provided', variables: [] };
  const key = { value: isUserProvided(rawKey) ? suppliedKey! : rawKey };
  const proxy = env.OPENAI_REVERSE_PROXY;
  if (proxy && isUserProvided(proxy)) return skip('openAI', source, 'user-provided', 'OPENAI_REVERSE_PROXY');
  const models = (env.OPENAI_MODELS ?? '').split(',').map((m) => m.trim()).filter(Boolean);
  const openAIConfig = asRecord(asRecord(asRecord(config)?.endpoints)?.openAI);
  const titleModel = openAIConfig?.titleModel ?? env.OPENAI_TITLE_MODEL;
  return {
    name: 'openAI',
    source: proxy ? 'env:OPENAI_REVERSE_PROXY' : source,
    baseURL: (proxy || OPENAI_DEFAULT_BASE).replace(/\/+$/, ''),
    directEndpoint: false,
    apiKey: key.value,
    apiKeyVariable: 'OPENAI_API_KEY',
    headers: {},
    addParams: {},
    dropParams: [],
    models,
    // LibreChat fetches the OpenAI list unless OPENAI_MODELS replaces it.
    fetchModels: models.length === 0,
    ...(typeof titleModel === 'string' ? { titleModel } : {}),
  };
}

type SecretOutcome = { value: string; variable?: string } | Omit<SkippedTarget, 'name' | 'source' | 'field'>;

function resolveSecretField(raw: string, env: Record<string, string>, suppliedKey?: string): SecretOutcome {
  const resolved = interpolate(raw, env);
  const variable = resolved.references.length === 1 && raw.trim() === `\${${resolved.references[0]}}` ? resolved.references[0] : undefined;
  if (isUserProvided(resolved.value)) {
    return suppliedKey ? { value: suppliedKey } : { reason: 'user-provided', variables: [] };
  }
  if (resolved.unresolved.length > 0) {
    return suppliedKey ? { value: suppliedKey } : { reason: 'unresolved-variable', variables: resolved.unresolved };
  }
  return variable ? { value: resolved.value, variable } : { value: resolved.value };
}

function resolveHeaders(raw: unknown, env: Record<string, string>): { values: Record<string, string> } | Omit<SkippedTarget, 'name' | 'source'> {
  const values: Record<string, string> = {};
  for (const [header, value] of Object.entries(asRecord(raw) ?? {})) {
    if (typeof value !== 'string') continue;
    const resolved = interpolate(value, env);
    if (resolved.unresolved.length > 0) return { reason: 'unresolved-variable', field: `headers.${header}`, variables: resolved.unresolved };
    values[header] = resolved.value.replace(LIBRECHAT_TEMPLATE, 'lc-doctor-probe');
  }
  return { values };
}

function readModelIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((m) => (typeof m === 'string' ? m : typeof asRecord(m)?.name === 'string' ? String(asRecord(m)!.name) : ''))
    .filter((m) => m !== '');
}

function skip(name: string, source: string, reason: SkippedTarget['reason'], field: string, variables: string[] = []): SkippedTarget {
  return { name, source, reason, field, variables };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
