import { lookUpVersion, newestLine, type ReasoningCopy } from '../librechat/index.js';
import type { ProbeTarget, ReasoningDisplay, StreamObservation } from './types.js';

/** The version used when neither `--librechat-version` nor the config says otherwise: the newest line. */
export const DEFAULT_LIBRECHAT_VERSION = newestLine().id;

/** How one LibreChat line reads reasoning; the facts live in the registry (src/librechat/lines.ts). */
export interface LibreChatReasoningRules {
  version: string;
  /** The UI has a reasoning block at all (none before v0.7.7). */
  reasoningUi: boolean;
  /** <= v0.7: `OpenAIClient` + `SplitStreamHandler`, one key only. */
  legacy: boolean;
  /** v0.8.1+: OpenRouter handling also reads `reasoning_details[].text`. */
  readsReasoningDetails: boolean;
  /** v0.8.0+: the agents SDK copies `reasoning` into `reasoning_content` (when the key is absent; v0.8.6+ also over `null`). */
  reasoningCopy: ReasoningCopy;
  /** v0.8.6+: an endpoint named `deepseek` rejoins a `<think>` tag split across chunks. */
  deepSeekJoinsSplitThinkTags: boolean;
  /** v0.8.7+: `customParams.reasoningKey` exists. */
  supportsReasoningKey: boolean;
  /** v0.8.7+: `customParams.includeReasoningHistory` replays reasoning across user turns (PR #13921). */
  supportsReasoningHistory: boolean;
  /**
   * v0.8.8+ (@librechat/agents 3.9.x, agents-differential.test.ts): `reasoning_content`, `reasoning`
   * and `reasoning_details` all reach the Thoughts block whatever `reasoningKey` says; only
   * `reasoning_content: ""` beside `reasoning` hides it.
   */
  readsEveryReasoningField: boolean;
}

export function reasoningRulesFor(version: string): LibreChatReasoningRules {
  const resolved = lookUpVersion(version);
  const { reasoning } = resolved?.line ?? newestLine();
  return {
    version: resolved?.version.text ?? version.replace(/^v/, ''),
    reasoningUi: reasoning.ui,
    legacy: reasoning.client === 'legacy',
    readsReasoningDetails: reasoning.readsReasoningDetails,
    reasoningCopy: reasoning.reasoningCopy,
    deepSeekJoinsSplitThinkTags: reasoning.deepSeekJoinsSplitThinkTags,
    supportsReasoningKey: reasoning.reasoningKeyOption,
    supportsReasoningHistory: reasoning.reasoningHistoryOption,
    readsEveryReasoningField: reasoning.readsEveryReasoningField,
  };
}

/** A name or baseURL containing `openrouter` switches LibreChat to OpenRouter handling. */
export function isOpenRouterDetected(target: Pick<ProbeTarget, 'name' | 'baseURL'>): boolean {
  return target.name.toLowerCase().includes('openrouter') || target.baseURL.toLowerCase().includes('openrouter');
}

/** The delta field LibreChat reads reasoning from for this endpoint. */
export function effectiveReasoningKey(target: ProbeTarget, rules: LibreChatReasoningRules): 'reasoning' | 'reasoning_content' {
  if (rules.supportsReasoningKey && target.reasoningKey) return target.reasoningKey;
  return isOpenRouterDetected(target) ? 'reasoning' : 'reasoning_content';
}

/** What the targeted LibreChat line shows for what this stream carried. */
export function judgeDisplay(observation: StreamObservation, target: ProbeTarget, rules: LibreChatReasoningRules): ReasoningDisplay {
  if (!rules.reasoningUi) return judgeWithoutReasoningUi(observation);
  switch (observation.channel) {
    case 'none':
      return 'no-reasoning';
    case 'think-tags':
      // The client matches `<think>` inside one chunk only; a split tag leaves the thoughts in the answer.
      return observation.thinkTagSplit && !joinsSplitThinkTags(target, rules) ? 'plain-text' : 'shown';
    case 'closing-tag-only':
      return 'plain-text';
    default:
      return judgeFieldDisplay(observation, target, rules);
  }
}

/**
 * In the agents path a custom endpoint named `deepseek` (any case) runs as the client's ChatDeepSeek
 * (LibreChat's `getProviderConfig`), which from v0.8.6 moves `<think>` text into reasoning even when split.
 */
export function joinsSplitThinkTags(target: ProbeTarget, rules: LibreChatReasoningRules): boolean {
  return rules.deepSeekJoinsSplitThinkTags && target.name.toLowerCase() === 'deepseek' && !isOpenRouterDetected(target);
}

/** Reasoning fields LibreChat can read: the agents path drops those that came without `role: assistant`. */
export function readableFields(observation: StreamObservation, rules: LibreChatReasoningRules): StreamObservation['fieldsWithText'] {
  if (rules.legacy) return observation.fieldsWithText;
  return observation.fieldsWithText.filter((field) => !observation.fieldsWithoutRole.includes(field));
}

function judgeFieldDisplay(observation: StreamObservation, target: ProbeTarget, rules: LibreChatReasoningRules): ReasoningDisplay {
  const fields = readableFields(observation, rules);
  // `reasoning_content: ""` beside `reasoning` hides it on every key and provider (agents-differential.test.ts).
  if (rules.readsEveryReasoningField) return fields.some((field) => field !== 'reasoning' || !observation.emptyKeyBesideReasoning) ? 'shown' : 'not-shown';
  const key = effectiveReasoningKey(target, rules);
  if (fields.includes(key)) return 'shown';
  // OpenRouter handling also reads `reasoning_details[].text` (agents path, v0.8.1+).
  if (rules.readsReasoningDetails && key === 'reasoning' && fields.includes('reasoning_details')) return 'shown';
  if (rules.reasoningCopy !== 'never' && key === 'reasoning_content' && fields.includes('reasoning')) return copyHidesReasoning(observation, rules.reasoningCopy) ? 'not-shown' : 'shown';
  return 'not-shown';
}

/** The copy is skipped where `reasoning_content` sits beside `reasoning`: as any value, or (v0.8.6+) only as `""`. */
export function copyHidesReasoning(observation: StreamObservation, copy: ReasoningCopy): boolean {
  return copy === 'when-key-absent' ? observation.bothKeysOneNull : observation.emptyKeyBesideReasoning;
}

/** Before the reasoning UI (v0.7.7) reasoning fields are dropped and `<think>` text stays in the answer. */
function judgeWithoutReasoningUi(observation: StreamObservation): ReasoningDisplay {
  if (observation.channel === 'none') return 'no-reasoning';
  return observation.channel === 'think-tags' || observation.channel === 'closing-tag-only' ? 'plain-text' : 'not-shown';
}
