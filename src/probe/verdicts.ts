import { REASONING_REPLAY_OFF } from '../providers/index.js';
import { effectiveReasoningKey, readableFields, isOpenRouterDetected, type LibreChatReasoningRules } from './librechat-display.js';
import { failureTextOf } from './probe-errors.js';
import type { ErrorFacts, ProbeError, ProbeTarget, ReasoningDisplay, StreamObservation, Verdict } from './types.js';

/** What verdicts are derived from: one probed model, all requests done. */
export interface VerdictInput {
  target: ProbeTarget;
  model: string;
  rules: LibreChatReasoningRules;
  error?: ProbeError;
  observation?: StreamObservation;
  display: ReasoningDisplay;
  secondTurnError?: ProbeError;
  /** From LibreChat's title request, replayed (see title-check.ts). */
  titleVerdicts?: Verdict[];
  /** A repeat with `enable_thinking: true` did stream reasoning. */
  thinkingFlagWorks?: boolean;
  /** What titles need once that switch is on (its fix joins the switch's). */
  titleFixWithFlag?: Verdict;
}

/** Findings, each with the LibreChat config that fixes it. Order: most important first. */
export function buildVerdicts(input: VerdictInput): Verdict[] {
  const verdicts: Verdict[] = [];
  if (input.error) verdicts.push(errorVerdict(input.target, input.model, input.error));
  if (input.observation) verdicts.push(...streamVerdicts(input));
  if (input.secondTurnError) {
    const error = input.secondTurnError;
    const mentionsReasoning = /reasoning_content/.test(error.message ?? '');
    verdicts.push({
      code: 'second-turn-rejected',
      severity: 'error',
      data: { status: error.status ?? 0, ...failureTextOf(error), mentionsReasoning },
      ...(mentionsReasoning ? { fix: { customParams: { ...REASONING_REPLAY_OFF } } } : {}),
    });
  }
  verdicts.push(...(input.titleVerdicts ?? []));
  if (verdicts.length === 0) verdicts.push({ code: 'ok', severity: 'info', data: {} });
  return verdicts;
}

function errorVerdict(target: ProbeTarget, model: string, error: ProbeError): Verdict {
  const data: ErrorFacts = { kind: error.kind, ...failureTextOf(error), ...(error.status ? { status: error.status } : {}) };
  if (error.kind === 'http') return httpVerdict(target, model, error, data);
  if (['dns', 'refused', 'tls', 'connect-timeout', 'redirect'].includes(error.kind)) return { code: 'unreachable', severity: 'error', data: { ...data, ...(error.location ? { location: error.location } : {}) } };
  return { code: 'stream-broken', severity: 'error', data };
}

function httpVerdict(target: ProbeTarget, model: string, error: ProbeError, data: ErrorFacts): Verdict {
  const status = error.status ?? 0;
  const message = error.message ?? '';
  if (status === 401 || status === 403) return { code: 'key-rejected', severity: 'error', data: { ...data, variable: target.apiKeyVariable ?? '' } };
  if (status === 404 && /model/i.test(message) && !/not found$|^not found/i.test(message.trim())) return { code: 'model-not-found', severity: 'error', data: { ...data, model } };
  if (status === 404 && !target.directEndpoint && !/\/v\d+$/.test(target.baseURL)) {
    return { code: 'base-url-missing-v1', severity: 'error', data, fix: { baseURL: `${target.baseURL}/v1` } };
  }
  if (status === 404) return { code: 'model-not-found', severity: 'error', data: { ...data, model } };
  if (status === 429) return { code: 'rate-limited', severity: 'error', data: { ...data, ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}) } };
  if (status >= 500) return { code: 'server-error', severity: 'error', data };
  return { code: 'request-rejected', severity: 'error', data: { ...data, ...(error.code ? { code: error.code } : {}) } };
}

function streamVerdicts(input: VerdictInput): Verdict[] {
  const { observation } = input;
  if (!observation) return [];
  const verdicts: Verdict[] = [];
  const reasoning = displayVerdict(input);
  if (reasoning) verdicts.push(reasoning);
  if (!input.error && !observation.sawDone) verdicts.push({ code: 'no-done', severity: 'info', data: {} });
  if (!input.error && !observation.usage) verdicts.push({ code: 'no-usage', severity: 'info', data: {} });
  return verdicts;
}

function displayVerdict(input: VerdictInput): Verdict | undefined {
  const { observation, target, rules, display } = input;
  if (!observation || input.error) return undefined;
  const version = rules.version;
  if (observation.channel === 'none') {
    if (input.thinkingFlagWorks) {
      const titles = input.titleFixWithFlag;
      const fix = { addParams: { ...target.addParams, enable_thinking: true }, ...titles?.fix };
      return { code: 'thinking-off', severity: 'warn', data: { verified: true, titlesMoved: titles !== undefined }, fix, ...(titles?.addEntry ? { addEntry: titles.addEntry } : {}) };
    }
    return { code: 'thinking-off', severity: 'info', data: { verified: false }, ...(isOpenRouterDetected(target) ? { fix: { addParams: { reasoning: { enabled: true } } } } : {}) };
  }
  if (observation.channel === 'closing-tag-only') return { code: 'closing-tag-only', severity: 'warn', data: { version } };
  if (observation.channel === 'think-tags' && display === 'plain-text') return { code: 'think-tag-split', severity: 'warn', data: { version } };
  if (display !== 'not-shown') return undefined;
  // Nothing in the config or the stream would show it: the version has no Thoughts block at all.
  if (!rules.reasoningUi) return { code: 'no-reasoning-ui', severity: 'warn', data: { version, field: observation.channel } };
  const key = effectiveReasoningKey(target, rules);
  const field = observation.channel;
  const readable = new Set(readableFields(observation, rules));
  if (!rules.legacy && !readable.has(field) && observation.fieldsWithoutRole.includes(field)) return { code: 'reasoning-without-role', severity: 'error', data: { version, field } };
  // From v0.8.8 no reasoningKey helps: every field is read, and `reasoning_content: ""` still hides `reasoning`.
  if (rules.readsEveryReasoningField) return { code: 'both-keys-one-null', severity: 'error', data: { version, key, field, empty: true, supportsReasoningKey: false } };
  // Lines before v0.8.8 have no reasoningKey (the hint says to upgrade); v0.8.8 returned above.
  if (field === 'reasoning_details') {
    return { code: 'reasoning-details-only', severity: 'error', data: { version, key, supportsReasoningKey: rules.supportsReasoningKey, readsDetails: rules.readsReasoningDetails } };
  }
  const data = { version, key, field, supportsReasoningKey: rules.supportsReasoningKey };
  if (!observation.bothKeysOneNull || field !== 'reasoning') return { code: 'reasoning-key-mismatch', severity: 'error', data };
  // From v0.8.6 the copy also runs over `null`, so what hid the reasoning was `""`.
  return { code: 'both-keys-one-null', severity: 'error', data: { ...data, ...(rules.reasoningCopy === 'when-key-nullish' ? { empty: true } : {}) } };
}
