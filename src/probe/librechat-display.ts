import { lookUpVersion, newestLine } from '../librechat/index.js';
import type { ProbeTarget, ReasoningDisplay, StreamObservation } from './types.js';

/** The version used when neither `--librechat-version` nor the config says otherwise: the newest line. */
export const DEFAULT_LIBRECHAT_VERSION = newestLine().id;

/** How one LibreChat line reads reasoning; the facts live in the registry (src/librechat). */
export interface LibreChatReasoningRules {
  version: string;
  /** The UI has a reasoning block at all (none before v0.7.7). */
  reasoningUi: boolean;
  /** <= v0.7: `OpenAIClient` + `SplitStreamHandler`, one key only. */
  legacy: boolean;
  /** v0.8.7+: the agents SDK copies `reasoning` into `reasoning_content` when the latter is absent. */
  copiesReasoningField: boolean;
  /** v0.8.8+: `customParams.reasoningKey` exists. */
  supportsReasoningKey: boolean;
  /** v0.8.8+: `customParams.includeReasoningHistory` replays reasoning across user turns (PR #13921). */
  supportsReasoningHistory: boolean;
}

export function reasoningRulesFor(version: string): LibreChatReasoningRules {
  const resolved = lookUpVersion(version);
  const { reasoning } = (resolved?.line ?? newestLine());
  return {
    version: resolved?.version.text ?? version.replace(/^v/, ''),
    reasoningUi: reasoning.ui,
    legacy: reasoning.client === 'legacy',
    copiesReasoningField: reasoning.copiesReasoningField,
    supportsReasoningKey: reasoning.reasoningKeyOption,
    supportsReasoningHistory: reasoning.reasoningHistoryOption,
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
      return 'shown';
    case 'closing-tag-only':
      return 'plain-text';
    default:
      return judgeFieldDisplay(observation, target, rules);
  }
}

function judgeFieldDisplay(observation: StreamObservation, target: ProbeTarget, rules: LibreChatReasoningRules): ReasoningDisplay {
  const key = effectiveReasoningKey(target, rules);
  const fields = observation.fieldsWithText;
  if (fields.includes(key)) return 'shown';
  // OpenRouter handling also reads `reasoning_details[].text` (agents path only).
  if (!rules.legacy && key === 'reasoning' && fields.includes('reasoning_details')) return 'shown';
  if (rules.copiesReasoningField && key === 'reasoning_content' && fields.includes('reasoning')) {
    return observation.bothKeysOneNull ? 'not-shown' : 'shown';
  }
  return 'not-shown';
}

/** Before the reasoning UI (v0.7.7) reasoning fields are dropped and `<think>` text stays in the answer. */
function judgeWithoutReasoningUi(observation: StreamObservation): ReasoningDisplay {
  if (observation.channel === 'none') return 'no-reasoning';
  return observation.channel === 'think-tags' || observation.channel === 'closing-tag-only' ? 'plain-text' : 'not-shown';
}
