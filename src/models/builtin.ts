import type { ResolveContext } from './context.js';
import { failureTextOf } from '../probe/probe-errors.js';
import { endpointsSection, envValue, lookUpProvider, proxySettings } from './context.js';
import { LIBRECHAT_FETCH_TIMEOUT_MS } from './ports.js';
import type { DecisionStep, EndpointResolution, FetchOutcome, ResolvedModel } from './types.js';
import { extractBaseURL, splitAndTrim } from './urls.js';
import { OPENAI_EXCLUDE, openRouterTakesOver } from './version-rules.js';
import { modelQueriesIds } from './cache-compare.js';
import { isUserProvided, USER_PROVIDED } from '../env/interpolate.js';
import { requirePreset, resolveBaseUrl } from '../providers/index.js';

const OPENAI_BASE = 'https://api.openai.com/v1';
const ANTHROPIC_BASE = 'https://api.anthropic.com/v1';

/** How one built-in endpoint is switched on and where its list comes from. */
interface BuiltinSpec {
  name: string;
  /** Variables whose presence enables the endpoint (any of them). */
  enabledBy: string[];
  /** The `*_MODELS` variable that replaces the list. */
  listVariable: string;
  /** Key of LibreChat's `defaultModels`. */
  defaultList: string;
  /** Variable checked for `user_provided` (LibreChat checks OPENAI_API_KEY for assistants too). */
  userProvidedVariable?: string;
  fetch?: 'openai' | 'assistants' | 'anthropic';
  /** YAML list that wins over everything, e.g. `endpoints.bedrock.models`. */
  yamlList?: (config: unknown) => { pointer: string; ids: string[] } | undefined;
}

const BUILTINS: BuiltinSpec[] = [
  { name: 'openAI', enabledBy: ['OPENAI_API_KEY'], listVariable: 'OPENAI_MODELS', defaultList: 'openAI', userProvidedVariable: 'OPENAI_API_KEY', fetch: 'openai' },
  { name: 'assistants', enabledBy: ['ASSISTANTS_API_KEY'], listVariable: 'ASSISTANTS_MODELS', defaultList: 'assistants', userProvidedVariable: 'OPENAI_API_KEY', fetch: 'assistants' },
  { name: 'anthropic', enabledBy: ['ANTHROPIC_API_KEY'], listVariable: 'ANTHROPIC_MODELS', defaultList: 'anthropic', userProvidedVariable: 'ANTHROPIC_API_KEY', fetch: 'anthropic' },
  { name: 'google', enabledBy: ['GOOGLE_KEY', 'GOOGLE_SERVICE_KEY_FILE'], listVariable: 'GOOGLE_MODELS', defaultList: 'google' },
  {
    name: 'bedrock',
    enabledBy: ['BEDROCK_AWS_SECRET_ACCESS_KEY', 'BEDROCK_AWS_DEFAULT_REGION'],
    listVariable: 'BEDROCK_AWS_MODELS',
    defaultList: 'bedrock',
    yamlList: (config) => {
      const models = (endpointsSection(config, 'bedrock') as Record<string, unknown> | undefined)?.models;
      return Array.isArray(models) ? { pointer: '/endpoints/bedrock/models', ids: models.map(String) } : undefined;
    },
  },
];

/** Names `--endpoint` accepts for built-ins. */
export const BUILTIN_ENDPOINT_NAMES: readonly string[] = BUILTINS.map((spec) => spec.name);

/** Built-in endpoints worth reporting: enabled by a key, or configured through a `*_MODELS` list. */
export async function resolveBuiltins(context: ResolveContext, only?: string): Promise<EndpointResolution[]> {
  const specs = BUILTINS.filter((spec) => (only ? spec.name === only : true));
  const relevant = specs.filter((spec) => isEnabled(context, spec) || envValue(context, spec.listVariable) !== undefined || only === spec.name);
  return Promise.all(relevant.map((spec) => resolveBuiltin(context, spec)));
}

function isEnabled(context: ResolveContext, spec: BuiltinSpec): boolean {
  return spec.enabledBy.some((variable) => envValue(context, variable) !== undefined);
}

async function resolveBuiltin(context: ResolveContext, spec: BuiltinSpec): Promise<EndpointResolution> {
  const steps: DecisionStep[] = [];
  const result: EndpointResolution = { name: spec.name, kind: 'builtin', status: 'shown', models: [], configured: [], steps };
  if (!isEnabled(context, spec)) {
    // user_provided enables the endpoint with each user's own key: a line that works as pasted (the key is the admin's to add).
    const fix = spec.userProvidedVariable ? { fix: { kind: 'env' as const, text: `${spec.userProvidedVariable}=user_provided` } } : {};
    steps.push({ code: 'endpoint-not-enabled', outcome: 'stop', args: { endpoint: spec.name, variables: spec.enabledBy }, ...fix });
    result.status = 'hidden';
  } else {
    const variable = spec.enabledBy.find((v) => envValue(context, v))!;
    steps.push({ code: 'endpoint-enabled', outcome: 'pass', args: { endpoint: spec.name, variable } });
    const literal = literalReference(envValue(context, variable));
    // No pasteable fix: it would have to print the key. The sentence says what to write where.
    if (literal) steps.push({ code: 'env-literal-reference', outcome: 'warn', args: { variable, references: literal } });
  }
  checkAllowList(context, spec.name, result);
  await resolveBuiltinList(context, spec, result);
  if (result.status === 'hidden') result.models = [];
  return result;
}

/** `ENDPOINTS` is an exact, case-sensitive allow-list for built-in endpoints. */
function checkAllowList(context: ResolveContext, name: string, result: EndpointResolution): void {
  if (context.enabledEndpoints.includes(name)) {
    if (envValue(context, 'ENDPOINTS')) result.steps.push({ code: 'endpoints-allow-list', outcome: 'pass', args: { endpoint: name, listed: true } });
    return;
  }
  const caseMiss = context.enabledEndpoints.find((entry) => entry.toLowerCase() === name.toLowerCase());
  const fixed = (caseMiss ? context.enabledEndpoints.map((entry) => (entry === caseMiss ? name : entry)) : [...context.enabledEndpoints, name]).join(',');
  result.steps.push({
    code: caseMiss ? 'endpoints-allow-list-case' : 'endpoints-allow-list',
    outcome: 'stop',
    args: { endpoint: name, listed: false, written: caseMiss ?? '', value: context.enabledEndpoints.join(',') },
    fix: { kind: 'env', text: `ENDPOINTS=${fixed}` },
  });
  result.status = 'hidden';
}

async function resolveBuiltinList(context: ResolveContext, spec: BuiltinSpec, result: EndpointResolution): Promise<void> {
  const defaults = (context.defaultModels[spec.defaultList] ?? []).map((id): ResolvedModel => ({ id, origin: { kind: 'default-list', list: spec.defaultList } }));
  const yaml = spec.yamlList?.(context.config);
  if (yaml) {
    result.models = yaml.ids.map((id, index) => ({ id, origin: { kind: 'yaml-list', pointer: yaml.pointer, index } }));
    result.configured = result.models;
    result.steps.push({ code: 'yaml-list-wins', outcome: 'info', args: { pointer: yaml.pointer, count: yaml.ids.length } });
    return;
  }
  const listValue = envValue(context, spec.listVariable);
  if (listValue !== undefined) {
    const ids = splitAndTrim(listValue);
    result.models = ids.map((id) => ({ id, origin: { kind: 'env-list', variable: spec.listVariable } }));
    result.configured = result.models;
    result.steps.push({ code: 'env-list-replaces', outcome: 'info', args: { variable: spec.listVariable, count: ids.length, defaults: defaults.length, fetches: Boolean(spec.fetch) } });
    const odd = ids.filter((id) => /[[\]"';\s]/.test(id));
    if (odd.length > 0) result.steps.push({ code: 'env-list-suspicious', outcome: 'warn', args: { variable: spec.listVariable, ids: odd }, fix: { kind: 'env', text: `${spec.listVariable}=${ids.map((id) => id.replace(/[[\]"']/g, '')).join(',')}` } });
    result.providerList = await lookUpReverseProxy(context, spec, result);
    return;
  }
  const userVariable = spec.userProvidedVariable;
  if (!spec.fetch || (userVariable && envValue(context, userVariable) === USER_PROVIDED && !openRouterTakeover(context, spec))) {
    const code = spec.fetch ? 'user-provided-defaults' : 'default-list';
    result.steps.push({ code, outcome: 'info', args: { variable: userVariable ?? spec.listVariable, list: spec.defaultList, count: defaults.length, listVariable: spec.listVariable } });
    result.models = defaults;
    return;
  }
  await fetchBuiltinList(context, spec, result, defaults);
}

async function fetchBuiltinList(context: ResolveContext, spec: BuiltinSpec, result: EndpointResolution, defaults: ResolvedModel[]): Promise<void> {
  const { base, headers } = builtinFetchTarget(context, spec);
  if (result.status === 'hidden') {
    // A hidden endpoint's list is never shown; asking the provider would only cost time.
    result.models = defaults;
    return;
  }
  if (!headers) {
    result.steps.push({ code: 'fallback-defaults', outcome: 'info', args: { reason: 'no-key', list: spec.defaultList, count: defaults.length } });
    result.models = defaults;
    return;
  }
  const url = `${base.replace(/\/+$/, '')}/models`;
  result.cacheIds = modelQueriesIds(base, headers.Authorization?.replace(/^Bearer /, '') ?? headers['x-api-key'] ?? '');
  result.steps.push({ code: 'fetch-url', outcome: 'info', args: { url, shape: 'openai' } });
  const outcome = await context.fetchModelList({ url, headers, shape: 'openai', timeoutMs: LIBRECHAT_FETCH_TIMEOUT_MS, proxy: proxySettings(context) });
  result.fetch = outcome;
  const ids = outcome.ok ? filterForOpenAI(context, spec, base, outcome.ids, result) : [];
  if (!outcome.ok || ids.length === 0) {
    result.steps.push(fetchProblem(outcome));
    result.steps.push({ code: 'fallback-defaults', outcome: 'warn', args: { reason: outcome.ok ? 'empty' : 'failed', list: spec.defaultList, count: defaults.length } });
    result.models = defaults;
    result.status = 'fallback';
    return;
  }
  result.steps.push({ code: 'fetch-ok', outcome: 'pass', args: { url, count: ids.length } });
  result.models = ids.map((id) => ({ id, origin: { kind: 'fetched', url } }));
}

/**
 * Method one: `OPENAI_MODELS` names ids LibreChat never checks, and chats go to
 * `OPENAI_REVERSE_PROXY` with `OPENAI_API_KEY`. The proxy's own list (read like a custom endpoint's)
 * says which of them it serves. Not where the chats do not go: a hidden endpoint, a per-user URL or
 * key, or a line whose `OPENROUTER_API_KEY` takeover sends them to OpenRouter.
 */
async function lookUpReverseProxy(context: ResolveContext, spec: BuiltinSpec, result: EndpointResolution): Promise<FetchOutcome | undefined> {
  const proxy = envValue(context, 'OPENAI_REVERSE_PROXY');
  if (spec.fetch !== 'openai' || !proxy || result.status === 'hidden' || isUserProvided(proxy)) return undefined;
  if (isUserProvided(envValue(context, 'OPENAI_API_KEY')) || openRouterTakesOver(context.librechatVersion, context.environment)) return undefined;
  const { base, headers } = builtinFetchTarget(context, spec);
  if (!headers) return undefined;
  return lookUpProvider(context, { url: `${base.replace(/\/+$/, '')}/models`, headers, shape: 'openai', timeoutMs: LIBRECHAT_FETCH_TIMEOUT_MS, proxy: proxySettings(context) });
}

function builtinFetchTarget(context: ResolveContext, spec: BuiltinSpec): { base: string; headers?: Record<string, string> } {
  if (spec.fetch === 'anthropic') {
    const key = envValue(context, 'ANTHROPIC_API_KEY');
    const proxy = envValue(context, 'ANTHROPIC_REVERSE_PROXY');
    const headers = key ? { 'x-api-key': key, 'anthropic-version': envValue(context, 'ANTHROPIC_VERSION') ?? '2023-06-01' } : undefined;
    return { base: proxy ? extractBaseURL(proxy) : ANTHROPIC_BASE, headers };
  }
  const assistantsBase = spec.fetch === 'assistants' ? envValue(context, 'ASSISTANTS_BASE_URL') : undefined;
  if (!assistantsBase && openRouterTakeover(context, spec)) {
    return { base: resolveBaseUrl(requirePreset('openrouter'), undefined).baseURL, headers: { Authorization: `Bearer ${envValue(context, 'OPENROUTER_API_KEY')!}` } };
  }
  const key = envValue(context, 'OPENAI_API_KEY');
  const proxy = assistantsBase ?? envValue(context, 'OPENAI_REVERSE_PROXY');
  const base = proxy ? extractBaseURL(proxy) : OPENAI_BASE;
  const headers: Record<string, string> | undefined = key ? { Authorization: `Bearer ${key}` } : undefined;
  const organization = envValue(context, 'OPENAI_ORGANIZATION');
  if (headers && organization && base.includes('openai')) headers['OpenAI-Organization'] = organization;
  return { base, headers };
}

/**
 * Up to v0.7.7-rc1 `OPENROUTER_API_KEY` also takes over the OpenAI lists (`fetchOpenAIModels`): they come
 * from openrouter.ai with that key, even over `OPENAI_REVERSE_PROXY` or a `user_provided` OpenAI key.
 */
function openRouterTakeover(context: ResolveContext, spec: BuiltinSpec): boolean {
  return (spec.fetch === 'openai' || spec.fetch === 'assistants') && openRouterTakesOver(context.librechatVersion, context.environment);
}

/** Only lists from api.openai.com itself are filtered (and `instruct` models moved last). */
function filterForOpenAI(context: ResolveContext, spec: BuiltinSpec, base: string, ids: string[], result: EndpointResolution): string[] {
  if (spec.fetch === 'anthropic' || base !== OPENAI_BASE) return ids;
  const kept = ids.filter((id) => context.rules.openAIFilter.test(id) && !OPENAI_EXCLUDE.test(id));
  const ordered = kept.filter((id) => !id.includes('instruct')).concat(kept.filter((id) => id.includes('instruct')));
  const removed = ids.filter((id) => !kept.includes(id));
  result.steps.push({ code: 'openai-filter', outcome: 'info', args: { pattern: context.rules.openAIFilter.source, kept: kept.length, removed } });
  return ordered;
}

/** The step that says why a fetch gave nothing. */
export function fetchProblem(outcome: FetchOutcome): DecisionStep {
  if (outcome.ok) return { code: 'fetch-empty', outcome: 'warn', args: { url: outcome.url } };
  return { code: 'fetch-failed', outcome: 'warn', args: { url: outcome.url, reason: outcome.reason, status: outcome.status ?? 0, ...failureTextOf(outcome) } };
}

/**
 * `${NAME}` left in a variable's value: LibreChat's process got the text unexpanded (dotenv never
 * expands; under Compose the environment here already holds what env_file substituted).
 */
function literalReference(value: string | undefined): string[] | undefined {
  const names = [...(value ?? '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}/g)].map((m) => m[1]!);
  return names.length > 0 ? names : undefined;
}
