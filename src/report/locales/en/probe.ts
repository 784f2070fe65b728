import type { ReasoningDisplay, UsagePlacement } from '../../../probe/types.js';
import type { FailureWithHint, TimeLimit } from '../../probe/hint.js';
import { describeFailureText, type ProbeWords } from '../../probe/words.js';
import { plural } from './plural.js';

const FAILURE_HINTS: Record<FailureWithHint, string> = {
  dns: "check the host name in baseURL; LibreChat in Docker resolves names from inside its container",
  refused: 'nothing listens at that host and port: check baseURL; inside a LibreChat container, 127.0.0.1 is the container itself (use host.docker.internal or the service name)',
  tls: "the provider's certificate is not trusted: fix it, or give LibreChat the CA with NODE_EXTRA_CA_CERTS",
  'connect-timeout': 'no answer to the connection: a firewall, a wrong port or a down host (slow network: raise --connect-timeout)',
  stall: 'the provider stopped sending mid-answer; for slow reasoning models raise --stall-timeout, else retry later',
  timeout: 'no complete answer within --timeout seconds: raise it for long reasoning answers, or check that the provider responds at all',
  reset: 'the connection was cut mid-answer: check proxy timeouts between LibreChat and the provider (e.g. nginx proxy_read_timeout), then retry',
  'malformed-chunk': 'the provider or a gateway sent a chunk that is not JSON; LibreChat fails on it the same way',
};

/** The same failures inside check-models, whose probe has fixed time limits: the probe command waits longer. */
const CHECK_MODELS_LIMIT_HINTS: Record<TimeLimit, (seconds: number, command: string) => string> = {
  stall: (s, command) => `the provider stopped sending mid-answer (check-models waits ${s} s); for a slow reasoning model run ${command}, else retry later`,
  timeout: (s, command) => `no complete answer within check-models' ${s} s: run ${command} for long reasoning answers, or check that the provider responds at all`,
  'connect-timeout': (s, command) => `no answer to the connection within ${s} s: a firewall, a wrong port or a down host (slow network: run ${command})`,
};

const ERROR_KINDS: Record<string, string> = {
    dns: 'DNS lookup failed',
    refused: 'connection refused',
    tls: 'TLS failure',
    'connect-timeout': 'connect timeout',
    stall: 'stream stalled',
    timeout: 'timed out',
    reset: 'connection reset mid-stream',
    redirect: 'redirect not followed (credentials stay on the configured origin)',
    http: 'HTTP error',
    'stream-error': 'error inside the stream',
    'malformed-chunk': 'malformed JSON chunk',
    'not-a-model-list': 'not a model list',
    network: 'network error',
  };

const label = (kind: string): string => ERROR_KINDS[kind] ?? kind;

/** Where the stream carried its token usage (the chunk LibreChat reads it from). */
const USAGE_PLACEMENT: Record<UsagePlacement, string> = {
  'usage-chunk': 'in its own chunk',
  'finish-chunk': 'on the finish chunk',
  'every-chunk': 'on every chunk',
  'other-chunk': 'on a content chunk',
};

export const probe: ProbeWords = {
  verdicts: {
    ok: () => 'works',
    'thinking-off': (d) => d.verified
        ? 'no reasoning arrived: this model thinks only when asked (a repeat with enable_thinking: true streamed reasoning)'
        : 'no reasoning arrived: thinking is off at the provider (or this is not a reasoning model)',
    'reasoning-key-mismatch': (d, version) => `reasoning arrives in \`${d.field}\` but ${version} reads \`${d.key}\`: the Thoughts block stays empty`,
    'both-keys-one-null': (d, version) => `the stream sends \`reasoning\` text next to \`reasoning_content: ${d.empty ? '""' : 'null'}\`; ${version} takes the empty one and shows nothing`,
    'reasoning-without-role': (d, version) => `reasoning arrives in \`${d.field}\` on chunks without \`delta.role: "assistant"\`; ${version} drops it and shows no Thoughts`,
    'no-reasoning-ui': (d, version) => `reasoning arrives in \`${d.field}\`, but ${version} has no Thoughts block: the answer shows, the reasoning never does`,
    'think-tag-split': (_d, version) => `\`<think>\` is split across two chunks; ${version} only matches the whole tag in one chunk, so the thinking shows as answer text`,
    'reasoning-details-only': (d, version) =>
      d.readsDetails
        ? `reasoning arrives only in \`reasoning_details\`, which ${version} reads only for OpenRouter-detected endpoints`
        : `reasoning arrives only in \`reasoning_details\`, which ${version} does not read (LibreChat reads it from v0.8.1)`,
    'closing-tag-only': () => 'the server emits only `</think>`: the thinking shows as plain answer text with a stray tag',
    'title-model-thinks': (d) => `LibreChat's title request (not streamed) for \`${d.titleModel}\` came back with reasoning: titles will be slow and may contain it`,
    'key-rejected': (d) => d.variable ? `${String(d.status)}: the key in \${${d.variable}} is rejected (${describeFailureText(d)})` : `${String(d.status)}: the key is rejected (${describeFailureText(d)})`,
    'base-url-missing-v1': () => '404: baseURL should probably end in /v1',
    'model-not-found': (d) => `404: the provider does not know \`${d.model}\` (${describeFailureText(d)})`,
    'rate-limited': (d) => d.retryAfter !== undefined ? `429: rate limited, retry after ${d.retryAfter} s (${describeFailureText(d)})` : `429: rate limited (${describeFailureText(d)})`,
    'non-stream-thinking-rejected': (d) => `LibreChat's title request (not streamed, with this endpoint's addParams) for \`${d.titleModel}\` was rejected${d.status ? ` with ${d.status}` : ''} (${describeFailureText(d)}): every title fails`,
    'second-turn-rejected': (d) => `the second turn was rejected${d.status ? ` with ${d.status}` : ''} (${describeFailureText(d)})`,
    'server-error': (d) => `${String(d.status)}: provider error (${describeFailureText(d)})`,
    unreachable: (d) => `${label(d.kind)}: ${describeFailureText(d)}`,
    'stream-broken': (d) => `${label(d.kind)}: ${describeFailureText(d)}`,
    'request-rejected': (d) => `${String(d.status)}: request rejected (${describeFailureText(d)})`,
    'no-done': () => 'the stream ended without `data: [DONE]` (LibreChat copes; some gateways do not)',
    'no-usage': () => 'no token usage in the stream: LibreChat cannot count tokens for this endpoint',
  },
  hints: {
    'parser-or-template': () => "enable the server's reasoning parser (vLLM `--reasoning-parser`, llama.cpp `--reasoning-format deepseek`) or fix the chat template",
    'role-on-first-delta': () => 'the server must send `role: "assistant"` on the first delta (as OpenAI does); no librechat.yaml setting changes this',
    'upgrade-reasoning-ui': () => 'upgrade to LibreChat v0.7.7 or later, the first release that shows reasoning',
    'reasoning-parser': () => "enable the server's reasoning parser (vLLM `--reasoning-parser`, llama.cpp `--reasoning-format deepseek`) so thinking arrives in `reasoning_content`",
    'empty-reasoning-content': () => 'the server must send null (or nothing) instead of `reasoning_content: ""`; no reasoningKey helps on this line',
    'upgrade-reasoning-key': (p) => `upgrade to LibreChat v${p.since}+ (customParams.reasoningKey), or rename the endpoint / use a proxy that renames the field`,
    'upgrade-reasoning-details': (p) => `upgrade to LibreChat v${p.since}+ (customParams.reasoningKey: reasoning), or use an endpoint name containing 'openrouter'`,
    'upgrade-reasoning-details-unread': (p) => `upgrade to LibreChat v${p.since}+ (customParams.reasoningKey: reasoning)`,
    'thinking-switch': () => 'use a reasoning model, or the provider flag that turns thinking on (vLLM: start with --reasoning-parser)',
    'check-key': (p) =>
      p.variable ? `check ${p.variable} in .env (no quotes or spaces) and that the key belongs to this provider/region` : 'check that the key belongs to this provider/region and is still active',
    'rate-limited': () => 'wait, or raise the limit with the provider',
    'reasoning-history-rejected': () => 'the provider rejects reasoning_content in history: do not replay reasoning for this endpoint',
    'titles-own-entry': () => 'the title request carries addParams: titles go through the added entry, which has no thinking switch (the fix was tried and answered)',
    'titles-off': () => 'no title setup that answered without thinking was found: titles are turned off',
    'title-fix-tried': () => 'the fix was tried the same way and answered without thinking',
    failure: (p) => FAILURE_HINTS[p.kind],
    'check-models-limit': (p) => CHECK_MODELS_LIMIT_HINTS[p.kind](p.seconds, p.command),
    'server-error': () => 'the provider (or a gateway in front of it) failed: retry later, check its status page',
  },
  details: {
    'stall-timeout': () => 'no bytes arrived within the stall timeout',
    'time-limit': () => 'the request did not finish within the time limit',
    'oversized-json': (p) => `the JSON answer grew past ${p.mebibytes} MiB; stopped reading (a chat answer is a few KB)`,
    'oversized-sse': (p) => `an SSE ${p.what} grew past ${p.mebibytes} MiB without ending; stopped reading (a chat stream's ${p.what}s are a few KB)`,
    'no-text': () => 'the response carried no text',
    'stream-error-object': () => 'error object in stream',
    redirected: (p) => `redirected to ${p.location}`,
    'not-json': () => 'the answer is not JSON',
    'no-array': (p) => `the answer has no "${p.field}" array`,
    'no-message': () => 'network error',
  },
  errorKind: label,
  error: (e) => `${e.status ? `${e.status} ` : ''}${label(e.kind)}: ${describeFailureText(e)}`,
  display(display, version) {
    const labels: Record<ReasoningDisplay, string> = {
      shown: `shown in LibreChat ${version}`,
      'not-shown': `NOT shown in LibreChat ${version}`,
      'plain-text': `shown as plain answer text in LibreChat ${version}`,
      'no-reasoning': 'no reasoning',
    };
    return labels[display];
  },
  skip(skipped) {
    switch (skipped.reason) {
      case 'user-provided':
        return `${skipped.field} is user_provided: pass --key-stdin to probe it with your own key`;
      case 'unresolved-variable':
        return `${skipped.field} uses ${skipped.variables.map((v) => `\${${v}}`).join(', ')}, which is not set (or empty): nothing was sent`;
      case 'incomplete-entry':
        return `missing ${skipped.field}: LibreChat drops this entry at start-up`;
      case 'invalid-base-url':
        return 'baseURL is not an http(s):// URL (a scheme is required, e.g. https://api.example.com/v1)';
    }
  },
  heading: (version) => `  (judged against LibreChat ${version})`,
  skippedHeading: 'skipped (nothing sent)',
  labels: { error: 'error:', reasoning: 'reasoning:', timings: 'timings:', stream: 'stream:', secondTurn: 'second turn:', fix: 'fix:', addEntry: 'and add to endpoints.custom:', hint: 'hint:' },
  secondTurn: (ok, status) => (ok ? 'accepted' : `rejected${status ? ` (${status})` : ''}`),
  severity: { error: 'error', warn: 'warn', info: 'info' },
  timings: { connect: 'connect', headers: 'headers', firstReasoning: 'first reasoning', firstAnswer: 'first answer', total: 'total' },
  chunks: (c) => `${c.total} chunks (${c.reasoning} reasoning, ${c.answer} answer${c.comments ? `, ${c.comments} comments` : ''})`,
  usage: (u) => `usage ${u.prompt} prompt + ${u.completion} completion${u.reasoning !== undefined ? ` (${u.reasoning} reasoning)` : ''} ${USAGE_PLACEMENT[u.placement]}`,
  noUsage: 'no usage',
  finish: (reason) => `finish ${reason ?? 'none'}`,
  noDone: 'no [DONE]',
  modelList: (url, outcome) => `GET ${url}: ${outcome}`,
  modelListFailed: 'failed',
  modelListOk: (status, count) => `${status} · ${count} models`,
  notInList: (id, suggestions) => `configured model \`${id}\` is not in the list${suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?)` : ''}`,
  totals: (t) => `${plural(t.probed, 'model')} probed: ${t.working} working, ${t.failing} failing`,
  skippedCount: (n) => `${plural(n, 'endpoint')} skipped`,
  progressLive: (done, started, names) => `probing ${done}/${started} done${names ? `: ${names}` : ''}`,
  progressLine: (done, started, label, ok, ms) => `probe ${done}/${started}: ${label} ${ok ? 'ok' : 'failed'} (${Math.round(ms)} ms)`,
};
