/**
 * A provider preset: everything lc-doctor knows about one OpenAI-compatible provider, as data.
 * Presets are the only place these facts live; generators, probes and rules import them.
 */

/** A JSON value as it may appear under `addParams`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Where thinking text arrives in a streamed chunk (`customParams.reasoningKey` values). */
export type ReasoningKey = 'reasoning_content' | 'reasoning';

/**
 * How `GET {baseURL}/models` behaves: `openai` returns `{data:[{id}]}` with a key, `keyless`
 * does so even without one (so it cannot validate a key), `unknown` is not confirmed,
 * `none` has no such endpoint.
 */
export type ModelsEndpoint = 'openai' | 'keyless' | 'unknown' | 'none';

/** Request body fields that switch thinking on or off (sent through `addParams`). */
export interface ThinkingSwitch {
  on: Record<string, JsonValue>;
  /** Absent when the provider has no documented way to turn thinking off. */
  off?: Record<string, JsonValue>;
  /**
   * Hybrid models think only when `on` is sent, except those in `thinkByDefault` (Bailian:
   * commercial Qwen3 off, Qwen3.5 and open-source Qwen3 on). False: hybrids think unasked.
   */
  neededByDefault: boolean;
  /** Hybrid models that think unless `off` is sent, where `neededByDefault` is true. */
  thinkByDefault?: string[];
  /** The provider rejects thinking on non-streaming calls (LibreChat's title calls): 400. */
  rejectedWithoutStreaming?: boolean;
  /** The provider rejects the switch on a model without it (ModelScope, SiliconFlow): 400. */
  rejectedByPlainModels?: boolean;
}

export interface ModelCatalog {
  /** Always think. */
  reasoning: string[];
  /** Think when the thinking switch is on (or by default, depending on the provider). */
  hybrid: string[];
  /** Never think; safe for titles. */
  plain: string[];
}

export interface ProviderPreset {
  /** Command-line id, e.g. `modelscope`. */
  id: string;
  /** Other ids accepted on the command line, e.g. `bailian` for `dashscope`. */
  aliases: string[];
  /** Display label (`modelDisplayLabel`). */
  label: string;
  /** Region id -> base URL (OpenAI-compatible root, without `/chat/completions`). */
  regions: Record<string, string>;
  defaultRegion: string;
  /** Variable the key is read from (`apiKey: "${NAME}"`); `null` when the server needs none. */
  apiKeyEnv: string | null;
  /** Other variable names the same key is commonly stored under. */
  apiKeyAliases: string[];
  /** What to put in `apiKey` when `apiKeyEnv` is null (any non-empty string works). */
  placeholderApiKey?: string;
  models: ModelCatalog;
  /** What `models.default` gets when the user names no models. */
  defaultModels: string[];
  /** A cheap non-reasoning model for titles. */
  titleModel: string;
  modelsEndpoint: ModelsEndpoint;
  thinking?: ThinkingSwitch;
  /**
   * Request parameters the provider's reasoning models reject or ignore, as OpenAI body names
   * (snake_case); `dropParamSpellings` turns them into what each LibreChat line matches.
   */
  dropParams: string[];
  /** Set only where the provider does not use LibreChat's default `reasoning_content`. */
  reasoningKey?: ReasoningKey;
  /**
   * The provider answers 400 when an input message carries `reasoning_content` (CoresHub's reasoner doc:
   * "API 调用时不能传入 reasoning_content"). LibreChat sends it back with `customParams.includeReasoningHistory`.
   * DeepSeek's current API ignores it between user turns, so DeepSeek does not set this.
   */
  rejectsReplayedReasoning?: boolean;
  /** A `--base-url` is required (no known host). */
  requiresBaseUrl?: boolean;
  /** Documentation page with the facts, for `lc-doctor providers`. */
  docs?: string;
  /** What to know about this provider, as codes; each language words them (`src/report/locales/<language>/providers.ts`). */
  notes: ProviderNote[];
}

/**
 * Every note a preset can carry, `<preset id>.<what>`. The sentences live in the catalogs
 * (`src/report/locales/<language>/providers.ts`), so `lc-doctor providers` speaks the admin's
 * language; a new note is one line here and one per language.
 */
export type ProviderNote =
  | 'modelscope.bind-alibaba-cloud'
  | 'modelscope.models-without-key'
  | 'modelscope.deepseek-thinking-alone'
  | 'modelscope.thinking-needs-stream'
  | 'modelscope.switch-on-plain-model'
  | 'modelscope.intl-partly-verified'
  | 'dashscope.regions-separate'
  | 'dashscope.when-asked-models'
  | 'dashscope.titles-thinking-off'
  | 'coreshub.key-name-convention'
  | 'coreshub.models-unconfirmed'
  | 'coreshub.reasoning-history-rejected'
  | 'modelverse.intl-host'
  | 'modelverse.doubao-thinking-type'
  | 'modelverse.response-model-differs'
  | 'siliconflow.accounts-separate'
  | 'siliconflow.switch-on-every-model'
  | 'volcengine.base-url-v3'
  | 'volcengine.byteplus-ids'
  | 'volcengine.thinking-only-disabled'
  | 'zhipu.base-url-v4'
  | 'zhipu.dropped-params'
  | 'moonshot.keys-per-platform'
  | 'moonshot.fixed-sampling'
  | 'deepseek.v4-thinks-by-default'
  | 'deepseek.legacy-aliases'
  | 'deepseek.name-deepseek'
  | 'openrouter.recognised-by-name'
  | 'openrouter.no-openrouter-key'
  | 'groq.reasoning-format-parsed'
  | 'groq.reasoning-format-raw'
  | 'ollama.docker-region'
  | 'ollama.placeholder-key'
  | 'ollama.thinks-by-itself'
  | 'vllm.reasoning-parser'
  | 'vllm.reasoning-field'
  | 'vllm.server-key'
  | 'generic.required-options';
