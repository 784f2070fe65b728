import { CHECK_MODELS_PROBE_LIMITS, shellQuote } from '../../models/probe-adapter.js';
import { firstLineWith, newestLine } from '../../librechat/index.js';
import type { ProbeErrorKind, Verdict } from '../../probe/types.js';

/** Network and stream failures that have advice of their own; the others are reported without a hint. */
export type FailureWithHint = Extract<ProbeErrorKind, 'dns' | 'refused' | 'tls' | 'connect-timeout' | 'stall' | 'timeout' | 'reset' | 'malformed-chunk'>;
const FAILURES_WITH_HINT: ReadonlySet<ProbeErrorKind> = new Set(['dns', 'refused', 'tls', 'connect-timeout', 'stall', 'timeout', 'reset', 'malformed-chunk'] satisfies FailureWithHint[]);
/** The first line with `customParams.reasoningKey`: the release an upgrade hint names. */
const REASONING_KEY_SINCE = { since: firstLineWith((line) => line.reasoning.reasoningKeyOption)?.id ?? newestLine().id };
const hasFailureHint = (kind: ProbeErrorKind): kind is FailureWithHint => FAILURES_WITH_HINT.has(kind);

/**
 * The advice a verdict gets when its fix is not a config change, as a code and its facts. Which
 * advice fits is decided once, here, for every language; the catalogs
 * (`src/report/locales/<language>/probe.ts`) only word each code.
 */
export interface ProbeHints {
  /** `</think>` alone: the server's reasoning parser is off or the chat template is wrong. */
  'parser-or-template': Record<string, never>;
  /** A `<think>` tag split across chunks. */
  'reasoning-parser': Record<string, never>;
  'role-on-first-delta': Record<string, never>;
  /** The line predates LibreChat's reasoning UI: only an upgrade shows reasoning. */
  'upgrade-reasoning-ui': Record<string, never>;
  'empty-reasoning-content': Record<string, never>;
  /** This line has no `customParams.reasoningKey`: upgrade, rename the endpoint or the field. */
  'upgrade-reasoning-key': { since: string };
  /** `reasoning_details` only: upgrade, or let LibreChat detect OpenRouter by the endpoint's name. */
  'upgrade-reasoning-details': { since: string };
  /** `reasoning_details` only, on a line that never reads it: only an upgrade helps. */
  'upgrade-reasoning-details-unread': { since: string };
  'thinking-switch': Record<string, never>;
  'check-key': { variable?: string };
  'rate-limited': Record<string, never>;
  'reasoning-history-rejected': Record<string, never>;
  /** The title fix that was tried: a titles entry, titles off, or the same request without thinking. */
  'titles-own-entry': Record<string, never>;
  'titles-off': Record<string, never>;
  'title-fix-tried': Record<string, never>;
  failure: { kind: FailureWithHint };
  /**
   * A time limit of check-models' probe ran out (`seconds`): check-models has no option to raise
   * it, so the advice is the probe command that waits longer (`command`).
   */
  'check-models-limit': { kind: TimeLimit; seconds: number; command: string };
  'server-error': Record<string, never>;
}

export type ProbeHintCode = keyof ProbeHints;
export type ProbeHint = { [C in ProbeHintCode]: { code: C; params: ProbeHints[C] } }[ProbeHintCode];

/** Where a probe verdict is shown: `lc-doctor probe` (the default), or one line of check-models about `endpoint`. */
export type ProbeHintPlace = { command: 'probe' } | { command: 'check-models'; endpoint: string };

/** The failures a longer time limit may cure, each with check-models' limit and the probe option that raises it. */
export type TimeLimit = Extract<FailureWithHint, 'stall' | 'timeout' | 'connect-timeout'>;
const TIME_LIMITS: Record<TimeLimit, { ms: number; option: string }> = {
  stall: { ms: CHECK_MODELS_PROBE_LIMITS.stallTimeoutMs, option: '--stall-timeout 60' },
  timeout: { ms: CHECK_MODELS_PROBE_LIMITS.timeoutMs, option: '--timeout 120' },
  'connect-timeout': { ms: CHECK_MODELS_PROBE_LIMITS.connectTimeoutMs, option: '--connect-timeout 30' },
};
const isTimeLimit = (kind: FailureWithHint): kind is TimeLimit => Object.hasOwn(TIME_LIMITS, kind);

const hint = <C extends ProbeHintCode>(code: C, params: ProbeHints[C]) => ({ code, params }) as ProbeHint;
const NONE = {};

/** The advice for a verdict, or none when its fix (or nothing) is all there is to say. */
export function selectProbeHint(verdict: Verdict, place: ProbeHintPlace = { command: 'probe' }): ProbeHint | undefined {
  switch (verdict.code) {
    case 'closing-tag-only':
      return hint('parser-or-template', NONE);
    case 'reasoning-without-role':
      return hint('role-on-first-delta', NONE);
    case 'no-reasoning-ui':
      return hint('upgrade-reasoning-ui', NONE);
    case 'think-tag-split':
      return hint('reasoning-parser', NONE);
    case 'both-keys-one-null':
      if (verdict.data.empty) return hint('empty-reasoning-content', NONE);
      return verdict.data.supportsReasoningKey ? undefined : hint('upgrade-reasoning-key', REASONING_KEY_SINCE);
    case 'reasoning-key-mismatch':
      return verdict.data.supportsReasoningKey ? undefined : hint('upgrade-reasoning-key', REASONING_KEY_SINCE);
    case 'reasoning-details-only':
      if (verdict.data.supportsReasoningKey) return undefined;
      return hint(verdict.data.readsDetails ? 'upgrade-reasoning-details' : 'upgrade-reasoning-details-unread', REASONING_KEY_SINCE);
    case 'thinking-off':
      return verdict.fix ? undefined : hint('thinking-switch', NONE);
    case 'key-rejected':
      // A literal key or one typed on stdin has no variable to check.
      return hint('check-key', verdict.data.variable ? { variable: verdict.data.variable } : {});
    case 'rate-limited':
      return hint('rate-limited', NONE);
    case 'second-turn-rejected':
      return verdict.data.mentionsReasoning ? hint('reasoning-history-rejected', NONE) : undefined;
    case 'non-stream-thinking-rejected':
    case 'title-model-thinks':
      if (verdict.fix?.titleEndpoint !== undefined) return hint('titles-own-entry', NONE);
      return hint(verdict.fix?.titleConvo === false ? 'titles-off' : 'title-fix-tried', NONE);
    case 'unreachable':
    case 'stream-broken':
      return hasFailureHint(verdict.data.kind) ? failureHint(verdict.data.kind, place) : undefined;
    case 'server-error':
      return hint('server-error', NONE);
    default:
      return undefined;
  }
}

/** A network or stream failure's advice; inside check-models, a time limit points at the probe that waits longer. */
function failureHint(kind: FailureWithHint, place: ProbeHintPlace): ProbeHint {
  if (place.command === 'probe' || !isTimeLimit(kind)) return hint('failure', { kind });
  const limit = TIME_LIMITS[kind];
  return hint('check-models-limit', { kind, seconds: limit.ms / 1000, command: `lc-doctor probe ${shellQuote(place.endpoint)} ${limit.option}` });
}
