/**
 * Plain data shared by the probe: what to probe, what happened, and what it means for LibreChat.
 * Nothing here prints; formatters choose the words.
 */

/** One endpoint as LibreChat would call it, with `${VAR}` already resolved. */
export interface ProbeTarget {
  /** Endpoint name as in `endpoints.custom[].name` (or `openAI` for the built-in endpoint). */
  name: string;
  /** Where it came from, for the report: `/endpoints/custom/3` or `env:OPENAI_REVERSE_PROXY`. */
  source: string;
  /** Resolved base URL (no trailing slash). With `directEndpoint` it is the full request URL. */
  baseURL: string;
  directEndpoint: boolean;
  /** Resolved key. Never printed: formatters only ever see `maskSecret(apiKey)`. */
  apiKey: string;
  /** `${VAR}` the key came from, for verdicts ("the key in ${DEEPSEEK_API_KEY} is rejected"). */
  apiKeyVariable?: string;
  /** Resolved request headers (values may hold secrets: masked on output). */
  headers: Record<string, string>;
  addParams: Record<string, unknown>;
  dropParams: string[];
  /** Configured models (`models.default`), in order. */
  models: string[];
  fetchModels: boolean;
  titleModel?: string;
  /** `titleConvo: true`: LibreChat asks this endpoint for conversation titles. */
  titleConvo?: boolean;
  /** `titleEndpoint`: the entry whose settings LibreChat builds the title request from. */
  titleEndpoint?: string;
  /** That entry, resolved from the whole config (also when only this endpoint is probed). */
  titleTarget?: ProbeTarget;
  /** `baseURL` and `headers` as written in the config (`${VAR}` kept), for fixes that copy them. */
  raw?: { baseURL: string; headers?: Record<string, unknown> };
  /** `customParams.reasoningKey` if set. */
  reasoningKey?: 'reasoning' | 'reasoning_content';
  /** `customParams.includeReasoningHistory`: LibreChat replays `reasoning_content` on later turns. */
  replayReasoning?: boolean;
}

export type SkipReason = 'unresolved-variable' | 'user-provided' | 'incomplete-entry' | 'invalid-base-url';

/** An endpoint that was not probed, and why (nothing was sent to it). */
export interface SkippedTarget {
  name: string;
  source: string;
  reason: SkipReason;
  /** Variables still literal, for `unresolved-variable`. */
  variables: string[];
  /** Which field: `apiKey`, `baseURL`, `headers.X`, `name`, `models`. */
  field: string;
}

/** Where the reasoning text arrived. */
export type ReasoningChannel = 'reasoning_content' | 'reasoning' | 'reasoning_details' | 'think-tags' | 'closing-tag-only' | 'none';

/** What the targeted LibreChat version does with that channel. */
export type ReasoningDisplay = 'shown' | 'not-shown' | 'plain-text' | 'no-reasoning';

export type ProbeErrorKind =
  | 'dns'
  | 'refused'
  | 'tls'
  | 'connect-timeout'
  | 'stall'
  | 'timeout'
  | 'reset'
  | 'redirect'
  | 'http'
  | 'stream-error'
  | 'malformed-chunk'
  /** A line, event or body far beyond any chat stream's size (reading stopped there). */
  | 'oversized'
  /** `/models` answered, but not with a list LibreChat reads. */
  | 'not-a-model-list'
  | 'network';

/** A failure, classified. `message` is the provider's own text when it sent one (secrets masked). */
export interface ProbeError {
  kind: ProbeErrorKind;
  message: string;
  status?: number;
  /** Seconds, from `Retry-After`. */
  retryAfter?: number;
  /** Provider error code (`invalid_api_key`, `20015`...). */
  code?: string;
  /** For `redirect`: the origin the server wanted us to go to. */
  location?: string;
}

export interface Usage {
  promptTokens?: number;
  completionTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  /** Where usage arrived: an empty-choices chunk, the finish chunk, or every chunk (cumulative). */
  placement: 'usage-chunk' | 'finish-chunk' | 'every-chunk' | 'other-chunk';
}

/** Milliseconds since the request started; absent when the event never happened. */
export interface Timings {
  connect?: number;
  headers?: number;
  firstReasoning?: number;
  firstAnswer?: number;
  total: number;
}

/** Facts observed in one streamed response. */
export interface StreamObservation {
  channel: ReasoningChannel;
  /** Every reasoning field seen with text (a server may send several). */
  fieldsWithText: ReasoningChannel[];
  /** Both `reasoning` and `reasoning_content` keys appeared, one of them null/empty while the other had text. */
  bothKeysOneNull: boolean;
  /** Every chunk with `reasoning` text also had `reasoning_content: ""` (not null) beside it. */
  emptyKeyBesideReasoning: boolean;
  /**
   * Fields whose text came only on chunks with no `delta.role: assistant` so far: LangChain turns
   * such a delta into a generic message chunk and LibreChat's agents client drops its reasoning.
   */
  fieldsWithoutRole: ReasoningChannel[];
  /** `<think>` was never whole inside one chunk (split across chunks): LibreChat matches it per chunk. */
  thinkTagSplit: boolean;
  reasoningChars: number;
  answerChars: number;
  /** First answer text, short (used as the assistant message of turn 2). */
  answerText: string;
  chunks: { total: number; reasoning: number; answer: number; comments: number };
  usage?: Usage;
  finishReason?: string;
  sawDone: boolean;
}

export type VerdictCode =
  | 'ok'
  | 'thinking-off'
  | 'reasoning-key-mismatch'
  | 'both-keys-one-null'
  | 'reasoning-without-role'
  | 'think-tag-split'
  /** The line predates LibreChat's reasoning UI (v0.7.7): reasoning arrives and is never shown. */
  | 'no-reasoning-ui'
  | 'closing-tag-only'
  | 'reasoning-details-only'
  | 'title-model-thinks'
  | 'key-rejected'
  | 'base-url-missing-v1'
  | 'model-not-found'
  | 'rate-limited'
  | 'non-stream-thinking-rejected'
  | 'second-turn-rejected'
  | 'server-error'
  | 'unreachable'
  | 'stream-broken'
  | 'no-done'
  | 'no-usage'
  | 'request-rejected';

/** A finding with its fix as LibreChat config (formatters word it; `config` is literal YAML-ish data). */
export interface Verdict {
  code: VerdictCode;
  severity: 'error' | 'warn' | 'info';
  /** Facts the wording needs (`variable`, `field`, `status`, `retryAfter`, `version`...). */
  data: Record<string, string | number | boolean>;
  /** The change to make, as config: `{ addParams: { enable_thinking: true } }`. */
  fix?: Record<string, unknown>;
  /** A whole entry to add to `endpoints.custom` with the fix (the one a `titleEndpoint` fix names). */
  addEntry?: Record<string, unknown>;
}

/** One model probed on one endpoint. */
export interface ProbeResult {
  endpoint: string;
  source: string;
  model: string;
  /** Request URL (no secrets in it). */
  url: string;
  /** The model answered a streamed request (errors and stream faults make this false). */
  ok: boolean;
  error?: ProbeError;
  status?: number;
  timings: Timings;
  observation?: StreamObservation;
  display: ReasoningDisplay;
  /** LibreChat line the display was judged against. */
  librechatVersion: string;
  secondTurn?: { ok: boolean; status?: number; error?: ProbeError };
  verdicts: Verdict[];
}

/** `GET {baseURL}/models`. */
export interface ModelListResult {
  endpoint: string;
  url: string;
  ok: boolean;
  status?: number;
  ids: string[];
  /** Configured ids missing from the answer, each with near-miss suggestions. */
  missing: { id: string; suggestions: string[] }[];
  error?: ProbeError;
}

/** Options shared by `runProbes` and `listModels`. */
export interface ProbeOptions {
  /** Models to probe; empty = the first configured model of each endpoint. */
  models?: string[];
  allModels?: boolean;
  prompt?: string;
  maxTokens?: number;
  /** Parallel requests across endpoints. Default 4. */
  concurrency?: number;
  /** Whole-request budget, ms. Default 60 000. */
  timeoutMs?: number;
  /** TCP/TLS connect budget, ms. Default 10 000. */
  connectTimeoutMs?: number;
  /** No byte for this long mid-stream = stall, ms. Default 30 000. */
  stallTimeoutMs?: number;
  turns?: 1 | 2;
  /** Also `GET /models` for every target (always done when `models.fetch: true`). */
  listModels?: boolean;
  /** LibreChat version the display is judged against, e.g. `0.8.8`, `0.7.9`. */
  librechatVersion?: string;
  /** Environment for `PROXY` / `NO_PROXY`. */
  environment?: Record<string, string>;
}

/** Progress for TTY/CI lines; never carries a key. */
export type ProbeProgressEvent =
  | { type: 'start'; endpoint: string; model: string }
  | { type: 'done'; endpoint: string; model: string; ok: boolean; ms: number };
