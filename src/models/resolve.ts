import { resolveBuiltins } from './builtin.js';
import type { ResolveContext } from './context.js';
import { resolveCustomEndpoints } from './custom.js';
import type { FetchModelList } from './ports.js';
import type { ModelResolution } from './types.js';
import { splitAndTrim } from './urls.js';
import { rulesFor } from './version-rules.js';

/** LibreChat's order of built-in endpoints when `ENDPOINTS` is unset (`getEnabledEndpoints`). */
export const DEFAULT_ENABLED_ENDPOINTS = ['openAI', 'agents', 'assistants', 'azureAssistants', 'azureOpenAI', 'google', 'anthropic', 'bedrock'];

export interface ResolveInput {
  config: unknown;
  environment: Record<string, string>;
  librechatVersion: string;
  /** `defaultModels` from the targeted version's generated facts. */
  defaultModels: Record<string, string[]>;
  /** Only this endpoint (`--endpoint`). */
  endpoint?: string;
  /** Read `/models` of endpoints LibreChat does not fetch, to find typos; default true. */
  lookUpProviders?: boolean;
}

/**
 * Walks LibreChat's model-list path for every endpoint: built-ins from the environment, then
 * `endpoints.custom[]` in file order. All network access goes through `fetchModelList`.
 */
export async function resolveModelLists(input: ResolveInput, fetchModelList: FetchModelList): Promise<ModelResolution> {
  const endpointsValue = input.environment.ENDPOINTS;
  const enabledEndpoints = endpointsValue ? splitAndTrim(endpointsValue) : DEFAULT_ENABLED_ENDPOINTS;
  const context: ResolveContext = {
    environment: input.environment,
    config: input.config,
    defaultModels: input.defaultModels,
    librechatVersion: input.librechatVersion,
    rules: rulesFor(input.librechatVersion),
    enabledEndpoints,
    fetchModelList,
    lookUpProviders: input.lookUpProviders ?? true,
  };
  const [builtins, custom] = await Promise.all([resolveBuiltins(context, input.endpoint), resolveCustomEndpoints(context, input.endpoint)]);
  return { librechatVersion: input.librechatVersion, endpoints: [...builtins, ...custom], enabledEndpoints };
}
