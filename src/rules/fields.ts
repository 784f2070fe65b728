import type { PathSegment } from './support.js';

/**
 * Which librechat.yaml fields LibreChat passes through `extractEnvVariable` (v0.8.x server code),
 * and which it reads raw. Patterns are path segments; `*` matches any one key or index.
 * Sources: custom endpoints `packages/api/src/endpoints/custom/initialize.ts` (apiKey, baseURL)
 * and `resolveHeaders`; Azure groups `validateAzureGroups`; MCP `processMCPEnv` (env, args,
 * headers, url); `webSearch` via `extractVariableName`; `ocr` keys.
 */
const INTERPOLATED: readonly string[] = [
  'endpoints/custom/*/apiKey',
  'endpoints/custom/*/baseURL',
  'endpoints/custom/*/headers/*',
  'endpoints/azureOpenAI/groups/*/apiKey',
  'endpoints/azureOpenAI/groups/*/instanceName',
  'endpoints/azureOpenAI/groups/*/baseURL',
  'endpoints/azureOpenAI/groups/*/version',
  'endpoints/azureOpenAI/groups/*/deploymentName',
  'endpoints/azureOpenAI/groups/*/headers/*',
  'endpoints/azureOpenAI/groups/*/models/*/deploymentName',
  'endpoints/azureOpenAI/groups/*/models/*/version',
  'mcpServers/*/url',
  'mcpServers/*/env/*',
  'mcpServers/*/args/*',
  'mcpServers/*/headers/*',
  'webSearch/*',
  'ocr/apiKey',
  'ocr/baseURL',
  'langfuse/headers/*',
];

/** `webSearch` keys: an unset variable there means each user supplies the key, not a mistake. */
export const USER_SUPPLIED_WHEN_UNSET = 'webSearch/*';

/**
 * Fields validated or used raw: enums (a `${VAR}` fails validation, issue #9561), names and
 * model ids (sent to the provider verbatim).
 */
const NEVER_INTERPOLATED: readonly string[] = [
  'version',
  'fileStrategy',
  'fileStrategies/*',
  'imageOutputType',
  'endpoints/custom/*/name',
  'endpoints/custom/*/models/default/*',
  'endpoints/custom/*/models/default/*/name',
  'endpoints/custom/*/titleModel',
  'endpoints/custom/*/titleMethod',
  'endpoints/custom/*/titleEndpoint',
  'endpoints/custom/*/titleMessageRole',
  'endpoints/custom/*/titleTiming',
  'endpoints/custom/*/provider',
  'endpoints/custom/*/customParams/*',
  'endpoints/*/titleModel',
  'endpoints/*/titleMethod',
  'endpoints/*/models/*',
  'modelSpecs/list/*/preset/endpoint',
  'modelSpecs/list/*/preset/model',
  'mcpServers/*/type',
  'ocr/strategy',
  'ocr/mistralModel',
  'webSearch/searchProvider',
  'webSearch/scraperProvider',
  'webSearch/rerankerType',
  'summarization/provider',
  'summarization/model',
  'memory/agent/provider',
  'memory/agent/model',
];

function matches(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern.split('/');
  return parts.length === path.length && parts.every((part, i) => part === '*' || part === String(path[i]));
}

export function isInterpolatedField(path: readonly PathSegment[]): boolean {
  return INTERPOLATED.some((pattern) => matches(pattern, path));
}

export function isNeverInterpolatedField(path: readonly PathSegment[]): boolean {
  return !isInterpolatedField(path) && NEVER_INTERPOLATED.some((pattern) => matches(pattern, path));
}

export function isUserSuppliedWhenUnset(path: readonly PathSegment[]): boolean {
  return matches(USER_SUPPLIED_WHEN_UNSET, path);
}

/** A field named after `path`, for messages: `endpoints.custom[0].apiKey`. */
export function describePath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
