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

/**
 * What went wrong, in lc-doctor's own terms (no outside text): each code with its facts. The
 * catalogs (`src/report/locales/<language>/probe.ts`) word it.
 */
export interface ProbeDetails {
  /** undici's body timeout: nothing arrived for `--stall-timeout`. */
  'stall-timeout': Record<string, never>;
  /** The whole request outran `--timeout`. */
  'time-limit': Record<string, never>;
  /** A plain JSON answer (the server ignored `stream: true`) beyond any chat answer's size. */
  'oversized-json': { mebibytes: number };
  /** One SSE line or event beyond any chat stream's size, never ended. */
  'oversized-sse': { what: 'line' | 'event'; mebibytes: number };
  /** The answer ended with neither reasoning nor answer text. */
  'no-text': Record<string, never>;
  /** A stream chunk carried an `error` object with no message of its own. */
  'stream-error-object': Record<string, never>;
  /** A cross-origin redirect, not followed (credentials stay on the configured origin). */
  redirected: { location: string };
  /** A `/models` answer that is not JSON. */
  'not-json': Record<string, never>;
  /** A `/models` answer without the list LibreChat reads (`data`, or Ollama's `models`). */
  'no-array': { field: string };
  /** The failure carried no text at all. */
  'no-message': Record<string, never>;
}

export type ProbeDetailCode = keyof ProbeDetails;
export type ProbeDetail = { [C in ProbeDetailCode]: { code: C; params: ProbeDetails[C] } }[ProbeDetailCode];

/**
 * A failure's own words: the provider's or the OS's text as it came (`message`, secrets masked),
 * or lc-doctor's description (`detail`, worded in the admin's language). Exactly one is set.
 */
export type FailureText<D = ProbeDetail> = { message: string; detail?: undefined } | { detail: D; message?: undefined };

/** A failure, classified. */
export type ProbeError = FailureText & {
  kind: ProbeErrorKind;
  status?: number;
  /** Seconds, from `Retry-After`. */
  retryAfter?: number;
  /** Provider error code (`invalid_api_key`, `20015`...). */
  code?: string;
  /** For `redirect`: the origin the server wanted us to go to. */
  location?: string;
};

export interface Usage {
  promptTokens?: number;
  completionTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  placement: UsagePlacement;
}

/** Where usage arrived: an empty-choices chunk, the finish chunk, every chunk (cumulative), or another chunk. */
export type UsagePlacement = 'usage-chunk' | 'finish-chunk' | 'every-chunk' | 'other-chunk';

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

/** What a failed request tells every verdict that reports it: its kind, status and own words. */
export type ErrorFacts = FailureText & { kind: ProbeErrorKind; status?: number };

/** The reasoning field a display verdict is about, and the line that judged it. */
interface FieldFacts {
  /** LibreChat line, `0.8.8`. */
  version: string;
  field: ReasoningChannel;
}

/** Where a line that reads one reasoning key stands: the key it reads, and whether it has `customParams.reasoningKey`. */
interface KeyFacts extends FieldFacts {
  key: string;
  supportsReasoningKey: boolean;
}

/**
 * The facts each verdict carries for its sentence and its hint (never words): the catalogs
 * (`src/report/locales/<language>/probe.ts`) word each code, and the compiler checks every
 * language has every one.
 */
export interface VerdictData {
  ok: Record<string, never>;
  /** `verified`: a repeat with `enable_thinking: true` streamed reasoning; `titlesMoved`: titles need their own entry then. */
  'thinking-off': { verified: boolean; titlesMoved?: boolean };
  'reasoning-key-mismatch': KeyFacts;
  /** `empty`: the key beside `reasoning` was `""` (not null). */
  'both-keys-one-null': KeyFacts & { empty?: boolean };
  'reasoning-without-role': FieldFacts;
  'think-tag-split': { version: string };
  /** The line predates LibreChat's reasoning UI (v0.7.7): reasoning arrives and is never shown. */
  'no-reasoning-ui': FieldFacts;
  'closing-tag-only': { version: string };
  /** `readsDetails`: the line reads `reasoning_details` for OpenRouter-detected endpoints. */
  'reasoning-details-only': Omit<KeyFacts, 'field'> & { readsDetails: boolean };
  'title-model-thinks': { titleModel: string };
  /** `variable`: the `${VAR}` the key came from (empty for a literal or typed key). */
  'key-rejected': ErrorFacts & { variable: string };
  'base-url-missing-v1': ErrorFacts;
  'model-not-found': ErrorFacts & { model: string };
  'rate-limited': ErrorFacts & { retryAfter?: number };
  'non-stream-thinking-rejected': FailureText & { titleModel: string; status?: number };
  /** `mentionsReasoning`: the provider's answer names `reasoning_content`. */
  'second-turn-rejected': FailureText & { status: number; mentionsReasoning: boolean };
  'server-error': ErrorFacts;
  unreachable: ErrorFacts & { location?: string };
  'stream-broken': ErrorFacts;
  'no-done': Record<string, never>;
  'no-usage': Record<string, never>;
  /** `code`: the provider's own error code. */
  'request-rejected': ErrorFacts & { code?: string };
}

export type VerdictCode = keyof VerdictData;

/** A finding with its fix as LibreChat config (formatters word it; `fix` is literal YAML-ish data). */
export type Verdict = { [C in VerdictCode]: VerdictOf<C> }[VerdictCode];

export interface VerdictOf<C extends VerdictCode> {
  code: C;
  severity: 'error' | 'warn' | 'info';
  data: VerdictData[C];
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
