import { isOpenRouterDetected, judgeDisplay, type LibreChatReasoningRules } from './librechat-display.js';
import { buildChatRequest, chatCompletionsUrl, type ChatMessage } from './request.js';
import { performChatRequest, type RequestOutcome } from './stream-request.js';
import type { ProbeResult, ProbeTarget } from './types.js';
import { checkTitleCall, type TitleCheckContext } from './title-check.js';
import { buildVerdicts } from './verdicts.js';

/** Settings for probing one model, already defaulted. */
export interface ModelProbeSettings extends TitleCheckContext {
  rules: LibreChatReasoningRules;
  prompt: string;
  followUp: string;
  maxTokens?: number;
  turns: 1 | 2;
}

/**
 * Probes one model the way LibreChat talks to it: one streamed turn; optionally a second turn that
 * replays the first answer as history; and, where LibreChat makes titles, its non-streaming title
 * request, because some providers reject thinking outside a stream.
 */
export async function probeModel(target: ProbeTarget, model: string, settings: ModelProbeSettings): Promise<ProbeResult> {
  const question: ChatMessage = { role: 'user', content: settings.prompt };
  const options = { stream: true, ...(settings.maxTokens !== undefined ? { maxTokens: settings.maxTokens } : {}) };
  const first = await performChatRequest(buildChatRequest(target, model, [question], options), settings);
  const ok = first.error === undefined;
  const secondTurn = ok && settings.turns === 2 ? await probeSecondTurn(target, model, question, first, settings) : undefined;
  const titleVerdicts = ok ? await checkTitleCall(target, model, settings) : [];
  const thinkingFlagWorks = ok && first.observation?.channel === 'none' && shouldTryThinkingFlag(target) ? await probeThinkingFlag(target, model, question, settings) : false;
  // The switch fix must not break titles once pasted: check them as they would be with it.
  const titlesWithFlag = thinkingFlagWorks ? await checkTitleCall({ ...target, addParams: { ...target.addParams, enable_thinking: true } }, model, settings) : [];
  const display = first.observation && ok ? judgeDisplay(first.observation, target, settings.rules) : 'no-reasoning';
  return {
    endpoint: target.name,
    source: target.source,
    model,
    url: chatCompletionsUrl(target),
    ok,
    ...(first.error ? { error: first.error } : {}),
    ...(first.status !== undefined ? { status: first.status } : {}),
    timings: first.timings,
    ...(first.observation ? { observation: first.observation } : {}),
    display,
    librechatVersion: settings.rules.version,
    ...(secondTurn ? { secondTurn } : {}),
    verdicts: buildVerdicts({
      target,
      model,
      rules: settings.rules,
      display,
      ...(first.error ? { error: first.error } : {}),
      ...(first.observation ? { observation: first.observation } : {}),
      ...(secondTurn?.error ? { secondTurnError: secondTurn.error } : {}),
      titleVerdicts,
      thinkingFlagWorks,
      ...(titlesWithFlag[0] ? { titleFixWithFlag: titlesWithFlag[0] } : {}),
    }),
  };
}

async function probeSecondTurn(target: ProbeTarget, model: string, question: ChatMessage, first: RequestOutcome, settings: ModelProbeSettings): Promise<NonNullable<ProbeResult['secondTurn']>> {
  const answer: ChatMessage = { role: 'assistant', content: first.observation?.answerText ?? '' };
  // LibreChat replays reasoning across user turns only with `includeReasoningHistory`.
  if (target.replayReasoning && settings.rules.supportsReasoningHistory && first.reasoning) answer.reasoning_content = first.reasoning;
  const messages = [question, answer, { role: 'user' as const, content: settings.followUp }];
  const options = { stream: true, ...(settings.maxTokens !== undefined ? { maxTokens: settings.maxTokens } : {}) };
  const outcome = await performChatRequest(buildChatRequest(target, model, messages, options), settings);
  return { ok: outcome.error === undefined, ...(outcome.status !== undefined ? { status: outcome.status } : {}), ...(outcome.error ? { error: outcome.error } : {}) };
}

/** Hybrid models (Qwen3 on DashScope, ModelScope, SiliconFlow) think only when asked. */
function shouldTryThinkingFlag(target: ProbeTarget): boolean {
  return !('enable_thinking' in target.addParams) && !target.dropParams.includes('enable_thinking') && !isOpenRouterDetected(target);
}

/** Repeats the question with `enable_thinking: true`, to turn a guess into a verified fix. */
async function probeThinkingFlag(target: ProbeTarget, model: string, question: ChatMessage, settings: ModelProbeSettings): Promise<boolean> {
  const withFlag = { ...target, addParams: { ...target.addParams, enable_thinking: true } };
  const outcome = await performChatRequest(buildChatRequest(withFlag, model, [question], { stream: true, ...(settings.maxTokens !== undefined ? { maxTokens: settings.maxTokens } : {}) }), settings);
  return outcome.error === undefined && outcome.observation !== undefined && outcome.observation.channel !== 'none';
}
