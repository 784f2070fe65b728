import type { PathSegment } from './support.js';

/**
 * Which librechat.yaml fields LibreChat passes through `extractEnvVariable` (v0.8.x server code),
 * and which it reads raw. Patterns are path segments; `*` matches any one key or index.
 * Sources: custom endpoints `packages/api/src/endpoints/custom/initialize.ts` (apiKey, baseURL)
 * and `resolveHeaders`; Azure groups `mapModelToAzureConfig` in librechat-data-provider 0.8.524
 * (apiKey, instanceName, deploymentName, version, baseURL; additionalHeaders become headers);
 * MCP `processMCPEnv` (env, args, headers, url); `webSearch` via `extractVariableName`; `ocr` keys.
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
  'endpoints/azureOpenAI/groups/*/additionalHeaders/*',
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

/**
 * Enum fields among them: a `${VAR}` there never matches the enum, so validation fails
 * (checked with `configSchema.strict().safeParse` of librechat-data-provider 0.8.501 and 0.8.524).
 */
const ENUM_FIELDS: readonly string[] = [
  'fileStrategy',
  'fileStrategies/*',
  'imageOutputType',
  'endpoints/custom/*/titleMethod',
  'endpoints/*/titleMethod',
  'mcpServers/*/type',
  'ocr/strategy',
  'webSearch/searchProvider',
  'webSearch/scraperProvider',
  'webSearch/rerankerType',
];

/** Patterns split once: rules ask about every string of the config. */
const split = (patterns: readonly string[]): readonly string[][] => patterns.map((pattern) => pattern.split('/'));
const INTERPOLATED_PARTS = split(INTERPOLATED);
const NEVER_INTERPOLATED_PARTS = split(NEVER_INTERPOLATED);
const ENUM_FIELD_PARTS = split(ENUM_FIELDS);
const USER_SUPPLIED_PARTS = USER_SUPPLIED_WHEN_UNSET.split('/');

function matches(parts: readonly string[], path: readonly PathSegment[]): boolean {
  if (parts.length !== path.length) return false;
  for (let i = 0; i < parts.length; i++) if (parts[i] !== '*' && parts[i] !== String(path[i])) return false;
  return true;
}

/** The specific raw fields win over the broad interpolated ones (`webSearch/searchProvider` vs `webSearch/*`). */
export function isNeverInterpolatedField(path: readonly PathSegment[]): boolean {
  return NEVER_INTERPOLATED_PARTS.some((parts) => matches(parts, path));
}

export function isInterpolatedField(path: readonly PathSegment[]): boolean {
  return !isNeverInterpolatedField(path) && INTERPOLATED_PARTS.some((parts) => matches(parts, path));
}

export function isEnumField(path: readonly PathSegment[]): boolean {
  return ENUM_FIELD_PARTS.some((parts) => matches(parts, path));
}

export function isUserSuppliedWhenUnset(path: readonly PathSegment[]): boolean {
  return matches(USER_SUPPLIED_PARTS, path);
}

/** A field named after `path`, for messages: `endpoints.custom[0].apiKey`. */
export function describePath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
