import type { ResolveContext } from './context.js';
import { failureTextOf } from '../probe/probe-errors.js';
import { isRecord, lookUpProvider, proxySettings } from './context.js';
import { fetchProblem } from './builtin.js';
import { LIBRECHAT_FETCH_TIMEOUT_MS, type ModelListRequest } from './ports.js';
import type { DecisionStep, EndpointResolution, FetchOutcome, ResolvedModel } from './types.js';
import { endsWithChatCompletions, extractBaseURL, originOf, withoutChatCompletions } from './urls.js';
import { modelQueriesIds } from './cache-compare.js';
import { interpolate, isUserProvided } from '../env/interpolate.js';
import { encodePointer } from '../core/json-pointer.js';

const REQUIRED_FIELDS = ['name', 'apiKey', 'baseURL', 'models'] as const;

/** A custom entry after LibreChat's load-time filter and `${VAR}` resolution. */
interface CustomEntry {
  index: number;
  pointer: string;
  raw: Record<string, unknown>;
  name: string;
  apiKey: string;
  baseURL: string;
  fetch: boolean;
  defaults: ResolvedModel[];
  unresolved: string[];
}

/** Walks `endpoints.custom[]` the way `loadConfigModels` does, entry by entry. */
export async function resolveCustomEndpoints(context: ResolveContext, only?: string): Promise<EndpointResolution[]> {
  const list = isRecord(context.config) && isRecord(context.config.endpoints) ? context.config.endpoints.custom : undefined;
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  const jobs: Promise<EndpointResolution>[] = [];
  list.forEach((item: unknown, index) => {
    const pointer = encodePointer(['endpoints', 'custom', index]);
    const name = normalizeEndpointName(isRecord(item) && typeof item.name === 'string' ? item.name : `#${index}`);
    if (only && name !== only) return;
    const dropped = droppedEntry(item, index, pointer, name);
    if (dropped) {
      jobs.push(Promise.resolve(dropped));
      return;
    }
    const entry = readEntry(context, item as Record<string, unknown>, index, pointer, name);
    const duplicateOf = seen.get(name);
    seen.set(name, duplicateOf ?? index);
    jobs.push(resolveEntry(context, entry, duplicateOf));
  });
  return Promise.all(jobs);
}

/** LibreChat keys endpoints by name verbatim, except any-case `ollama`. */
export function normalizeEndpointName(name: string): string {
  return name.toLowerCase() === 'ollama' ? 'ollama' : name;
}

/** Entries without name/apiKey/baseURL/models (or with neither `fetch` nor `default`) vanish silently. */
function droppedEntry(item: unknown, index: number, pointer: string, name: string): EndpointResolution | undefined {
  const raw = isRecord(item) ? item : {};
  const missing: string[] = REQUIRED_FIELDS.filter((field) => !raw[field]);
  const models = raw.models;
  if (isRecord(models) && !models.fetch && !models.default) missing.push('models.default');
  if (missing.length === 0) return undefined;
  const typos = missing.map((field) => Object.keys(raw).find((key) => key !== field && key.toLowerCase() === field.toLowerCase())).filter((k): k is string => Boolean(k));
  const step: DecisionStep = {
    code: 'entry-missing-field',
    outcome: 'stop',
    args: { endpoint: name, index, missing, typos },
    // A misspelt field is what validate --fix renames; a missing value cannot be guessed.
    ...(typos.length > 0 ? { fix: { kind: 'command' as const, text: 'lc-doctor validate --fix' } } : {}),
  };
  const configured = declaredDefaults(raw, pointer);
  return { name, kind: 'custom', pointer, status: 'dropped', models: [], configured, steps: [step] };
}

function declaredDefaults(raw: Record<string, unknown>, pointer: string): ResolvedModel[] {
  const models = raw.models;
  const list = isRecord(models) && Array.isArray(models.default) ? models.default : [];
  return list.flatMap((item: unknown, index): ResolvedModel[] => {
    const id = typeof item === 'string' ? item : isRecord(item) && typeof item.name === 'string' ? item.name : undefined;
    return id === undefined ? [] : [{ id, origin: { kind: 'yaml-list', pointer: `${pointer}/models/default`, index } }];
  });
}

function readEntry(context: ResolveContext, raw: Record<string, unknown>, index: number, pointer: string, name: string): CustomEntry {
  const apiKey = interpolate(String(raw.apiKey), context.environment);
  const baseURL = interpolate(String(raw.baseURL), context.environment);
  const models = raw.models as Record<string, unknown>;
  return {
    index,
    pointer,
    raw,
    name,
    apiKey: apiKey.value,
    baseURL: baseURL.value,
    fetch: Boolean(models.fetch),
    defaults: declaredDefaults(raw, pointer),
    unresolved: [...apiKey.unresolved, ...baseURL.unresolved],
  };
}

async function resolveEntry(context: ResolveContext, entry: CustomEntry, duplicateOf: number | undefined): Promise<EndpointResolution> {
  const steps: DecisionStep[] = [{ code: 'custom-always-shown', outcome: 'pass', args: { endpoint: entry.name } }];
  const result: EndpointResolution = { name: entry.name, kind: 'custom', pointer: entry.pointer, status: 'shown', models: entry.defaults, configured: entry.defaults, steps };
  if (duplicateOf !== undefined) steps.push({ code: 'entry-duplicate-name', outcome: 'warn', args: { endpoint: entry.name, first: duplicateOf, index: entry.index } });
  // Only the admin knows the value, so there is no line to paste; the message says where it goes.
  if (entry.unresolved.length > 0) steps.push({ code: 'unresolved-variable', outcome: 'warn', args: { variables: entry.unresolved } });
  const userProvided = isUserProvided(entry.apiKey) || isUserProvided(entry.baseURL);
  if (!entry.fetch) {
    steps.push({ code: 'fetch-disabled', outcome: 'info', args: { count: entry.defaults.length } });
    steps.push({ code: 'yaml-defaults', outcome: 'info', args: { pointer: `${entry.pointer}/models/default`, count: entry.defaults.length } });
    if (!userProvided && entry.unresolved.length === 0) result.providerList = await lookUpProvider(context, modelsRequest(context, entry, []));
    return result;
  }
  if (userProvided) {
    const code = context.rules.userProvidedFetch === 'never' ? 'user-provided-defaults' : 'user-provided-fetch-later';
    steps.push({ code, outcome: 'info', args: { endpoint: entry.name, list: 'models.default', count: entry.defaults.length } });
    return result;
  }
  await fetchEntry(context, entry, result);
  return result;
}

/** What LibreChat does for `fetch: true` with an admin key: `/api/tags` for ollama names, then `/models`. */
async function fetchEntry(context: ResolveContext, entry: CustomEntry, result: EndpointResolution): Promise<void> {
  const request = modelsRequest(context, entry, result.steps);
  const direct = context.rules.directEndpoint && entry.raw.directEndpoint;
  result.cacheIds = modelQueriesIds(direct ? extractBaseURL(entry.baseURL) : entry.baseURL, entry.apiKey);
  let outcome: FetchOutcome | undefined;
  if (entry.name.toLowerCase().startsWith('ollama')) {
    const tagsUrl = `${originOf(entry.baseURL)}/api/tags`;
    const tags = await context.fetchModelList({ ...request, url: tagsUrl, shape: 'ollama' });
    result.steps.push({ code: 'ollama-tags', outcome: tags.ok ? 'info' : 'warn', args: { endpoint: entry.name, url: tagsUrl, ok: tags.ok, fallsBack: context.rules.ollamaFallsBackToModels, ...(tags.ok ? { message: '' } : failureTextOf(tags)) }, fix: { kind: 'yaml', text: `name: "${entry.name.replace(/^ollama[-_ ]?/i, '') || 'local-llm'}"`, note: 'ollama-name' } });
    if (tags.ok || !context.rules.ollamaFallsBackToModels) outcome = tags;
  }
  if (!outcome) {
    result.steps.push({ code: 'fetch-url', outcome: 'info', args: { url: request.url, shape: 'openai' } });
    outcome = await context.fetchModelList(request);
  }
  result.fetch = outcome;
  if (outcome.ok && outcome.ids.length > 0) {
    result.steps.push({ code: 'fetch-ok', outcome: 'pass', args: { url: outcome.url, count: outcome.ids.length, replaces: entry.defaults.length } });
    result.models = outcome.ids.map((id) => ({ id, origin: { kind: 'fetched', url: outcome.url } }));
    return;
  }
  result.steps.push(fetchProblem(outcome));
  result.steps.push({ code: 'fallback-defaults', outcome: 'warn', args: { reason: outcome.ok ? 'empty' : 'failed', list: 'models.default', count: entry.defaults.length } });
  result.status = 'fallback';
}

/** `GET {baseURL}/models` with the headers LibreChat's targeted line sends; records URL-shape warnings. */
function modelsRequest(context: ResolveContext, entry: CustomEntry, steps: DecisionStep[]): ModelListRequest {
  let base = entry.baseURL;
  if (context.rules.directEndpoint && entry.raw.directEndpoint) base = extractBaseURL(base);
  if (endsWithChatCompletions(base)) {
    steps.push({ code: 'fetch-chat-completions-url', outcome: 'warn', args: { baseURL: base }, fix: { kind: 'yaml', text: `baseURL: "${withoutChatCompletions(entry.raw.baseURL as string)}"` } });
  }
  if (context.rules.stripsTrailingSlash) base = base.replace(/\/+$/, '');
  else if (base.endsWith('/')) steps.push({ code: 'fetch-trailing-slash', outcome: 'warn', args: { baseURL: base }, fix: { kind: 'yaml', text: `baseURL: "${String(entry.raw.baseURL).replace(/\/+$/, '')}"` } });
  const headers: Record<string, string> = {};
  if (context.rules.sendsEndpointHeaders && isRecord(entry.raw.headers)) {
    for (const [key, value] of Object.entries(entry.raw.headers)) {
      const resolved = interpolate(String(value), context.environment).value;
      // Per-user templates resolve only inside a request; LibreChat strips them from the fetch.
      if (!/\{\{[^}]+\}\}/.test(resolved)) headers[key] = resolved;
    }
  }
  if (!Object.keys(headers).some((key) => key.toLowerCase() === 'authorization')) headers.Authorization = `Bearer ${entry.apiKey}`;
  return { url: `${base}/models`, headers, shape: 'openai', timeoutMs: LIBRECHAT_FETCH_TIMEOUT_MS, proxy: proxySettings(context) };
}
