/** The generated JSON Schemas (`schemas/librechat-<id>.schema.json`); one judges each line. */
export const SCHEMA_IDS = ['0.8.8', '0.8.5', '0.7.7'] as const;
export type SchemaId = (typeof SCHEMA_IDS)[number];

/** Versions that spell and place the model cache alike (`librechat-cache.md`). */
export const CACHE_FAMILY_IDS = ['0.7.5-0.7.6', '0.7.7', '0.7.8', '0.7.9', '0.8.0-0.8.2', '0.8.3-0.8.4', '0.8.5+'] as const;
export type CacheFamilyId = (typeof CACHE_FAMILY_IDS)[number];

/**
 * When `@librechat/agents`' ChatOpenAI copies a delta's `reasoning` into `reasoning_content`:
 * `never` (v0.7.9, agents 2.4.67); `when-key-absent`, only when the delta has no `reasoning_content`
 * key, so `null` or `""` beside `reasoning` hides it (v0.8.0-v0.8.5, agents 2.4.82-3.1.68);
 * `when-key-nullish`, also over `null`, so only `""` hides it (v0.8.6+, agents 3.1.75+).
 */
export type ReasoningCopy = 'never' | 'when-key-absent' | 'when-key-nullish';

/** How a line turns a streamed delta into the "Thoughts" block. */
export interface ReasoningDisplayRules {
  /** The UI has a reasoning block at all (PR #5440, first released in v0.7.7). */
  ui: boolean;
  /** `legacy`: `OpenAIClient` + `SplitStreamHandler`, one delta key; `agents`: `@librechat/agents` (v0.7.9+, PR #8013). */
  client: 'legacy' | 'agents';
  /** Delta field read by default, and for endpoints detected as OpenRouter (name or baseURL). */
  defaultKey: 'reasoning_content';
  openRouterKey: 'reasoning';
  /** OpenRouter `reasoning_details[].text` is read too (agents 3.0.50+, v0.8.1+). */
  readsReasoningDetails: boolean;
  /** Whether and when `reasoning` is copied into `reasoning_content`. */
  reasoningCopy: ReasoningCopy;
  /**
   * An endpoint named `deepseek` runs as the client's ChatDeepSeek, which rejoins a `<think>` tag split
   * across chunks (agents 3.1.8x+, v0.8.6+; the earlier @langchain/deepseek 0.0.2 does not).
   */
  deepSeekJoinsSplitThinkTags: boolean;
  /**
   * `reasoning_content`, `reasoning` and `reasoning_details` all reach the Thoughts block whatever the key
   * (v0.8.8: @librechat/agents 3.9.x, measured by test/probe/agents-differential.test.ts).
   */
  readsEveryReasoningField: boolean;
  /** `customParams.reasoningKey` exists. */
  reasoningKeyOption: boolean;
  /** `customParams.includeReasoningHistory` exists (replays reasoning across user turns, PR #13921). */
  reasoningHistoryOption: boolean;
}

/** Title generation for an endpoint with `titleConvo: true`. */
export interface TitleRules {
  /**
   * Model used when `titleModel` (and `OPENAI_TITLE_MODEL`) is unset: the legacy client's fixed model
   * (`gpt-3.5-turbo` in v0.7.5, `gpt-4o-mini` from v0.7.6), or the conversation's model (agents client).
   */
  modelWhenUnset: 'gpt-3.5-turbo' | 'gpt-4o-mini' | 'current-model';
  /** `titleMethod` when unset. */
  defaultMethod: 'completion';
  /**
   * `titleEndpoint` exists: the title request is built from another entry's settings (agents
   * client). Either way the request is not streamed and carries the serving entry's addParams.
   */
  titleEndpoint: boolean;
}

/** How a line builds model lists where the lines differ (check-models). */
export interface ModelListRules {
  /** Ids kept from api.openai.com (`fetchOpenAIModels`); 0.7.x required a dash after `o1`, which hid `o1` (#6236). */
  openAIFilter: RegExp;
  /** `user_provided` key/URL with `fetch: true`: 0.8.5+ fetches with the user's stored key, older lines never fetch. */
  userProvidedFetch: 'with-user-key' | 'never';
  /** Falls back to `{base}/models` when `/api/tags` fails for an `ollama*` name. */
  ollamaFallsBackToModels: boolean;
  /** Strips trailing slashes from the base URL before the fetch. */
  stripsTrailingSlash: boolean;
  /** Sends the endpoint's `headers` with the `/models` fetch. */
  sendsEndpointHeaders: boolean;
  /** `directEndpoint` exists: the fetch base is derived from the full URL. */
  directEndpoint: boolean;
}

/** Checks LibreChat runs on the config after the schema accepted it (judge implements them in validate). */
export type StartupCheckId =
  /** Azure groups: every model needs a deployment, every group a key and instance (`validateAzureGroups`). Throws. */
  | 'azure-groups'
  /** `customParams.defaultParamsEndpoint` must be a key of `paramSettings`/`agentParamSettings`. Throws. */
  | 'custom-params-endpoint'
  /** `customParams.paramDefinitions[].key` must exist for that endpoint. Throws. */
  | 'custom-params-keys'
  /** The filled `paramDefinitions` must pass `validateSettingDefinitions` (ranges, options, defaults). Throws. */
  | 'custom-params-definitions'
  /** `version:` differs from `Constants.CONFIG_VERSION`: an info log "Outdated Config version", never fatal. */
  | 'config-version-outdated';

/**
 * Facts of a line's release candidates that differ from its final release: v0.7.7-rc1 still sent
 * chats to OpenRouter and had v0.7.6's cache code; v0.7.9-rc1 had v0.7.8's cache code and no `titleEndpoint`.
 */
export type ReleaseCandidateFacts = Partial<Pick<LibreChatLine, 'cacheFamily' | 'openRouterApiKey' | 'title'>>;

/** One LibreChat release line and what lc-doctor models of it. */
export interface LibreChatLine {
  /** `0.8.5`; release candidates of a line resolve to it. */
  id: string;
  /** The release the facts were read from (`v0.8.8-rc4` when the final is not out). */
  basis: string;
  /** `Constants.CONFIG_VERSION` at the release's tag (`packages/data-provider/src/config.ts`). */
  configVersion: string;
  /** The generated schema that judges this line (the nearest one generated). */
  schema: SchemaId;
  cacheFamily: CacheFamilyId;
  /** What the line's release candidates did differently from the final release (resolved by the registry). */
  releaseCandidates?: ReleaseCandidateFacts;
  reasoning: ReasoningDisplayRules;
  title: TitleRules;
  /**
   * `OPENROUTER_API_KEY` in .env: up to v0.7.7-rc1 the built-in OpenAI endpoint's chats go to OpenRouter
   * with it, and its model list is fetched from openrouter.ai; PR #6074 (v0.7.7) removed both.
   */
  openRouterApiKey: 'openai-chat-to-openrouter' | 'ignored';
  /** `ENDPOINTS` picks and orders the built-in endpoints only; custom endpoints always show. */
  endpointsVariable: 'built-in-only';
  /** `customParams`: absent from the schema (stripped silently), or a strict object. */
  customParams: 'absent' | 'strict';
  /** An invalid file: ignored with an error log (server runs on defaults), or the server exits (PR #10733). */
  invalidConfig: 'ignored' | 'exits';
  /** 0.8+ matches `dropParams` against the camelCase request config too. */
  dropParamsCamelCase: boolean;
  models: ModelListRules;
  startupChecks: readonly StartupCheckId[];
}
