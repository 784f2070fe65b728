import type { InactiveField, Profile } from './profiles.js';

/** The scripted answer every profile gives; the probe only cares about where each part goes. */
export const SCRIPT = {
  reasoning: ['Units: 7 + 5 = 12, ', 'write 2 carry 1. ', 'Tens: 1 + 2 + 1 = 4.'],
  answer: ['17 + 25', ' = ', '42'],
  promptTokens: 24,
  tokensPerPiece: 4,
} as const;

export interface StreamSpec {
  profile: Profile;
  model: string;
  thinks: boolean;
  includeUsage: boolean;
}

type Json = Record<string, unknown>;

/** The `data:` payloads of one streamed answer, in order (without `[DONE]`). */
export function buildStreamPayloads(spec: StreamSpec): Json[] {
  const deltas = buildDeltas(spec);
  const chunks: Json[] = deltas.map((delta) => chunk(spec, { index: 0, delta, finish_reason: null }));
  chunks.push(chunk(spec, { index: 0, delta: finishDelta(spec.profile), finish_reason: 'stop' }));
  attachUsage(spec, chunks);
  return chunks;
}

function buildDeltas(spec: StreamSpec): Json[] {
  const { profile, thinks } = spec;
  const reasoning = thinks ? [...SCRIPT.reasoning] : [];
  const answer = [...SCRIPT.answer];
  const role = (i: number) => (i === 0 || profile.roleOnEveryDelta ? { role: 'assistant' } : {});
  const idle = (field: string) => idleField(field, profile.inactive);
  switch (thinks ? profile.wire : 'none') {
    case 'reasoning_content':
      return [
        { ...role(0), ...idle('content'), reasoning_content: '' },
        ...reasoning.map((text, i) => ({ ...role(i + 1), ...idle('content'), reasoning_content: text })),
        ...answer.map((text, i) => ({ ...role(i + 1), content: text, ...idle('reasoning_content') })),
      ];
    case 'reasoning':
      return [
        ...reasoning.map((text, i) => ({ ...role(i), ...idle('content'), reasoning: text })),
        ...answer.map((text) => ({ content: text, ...idle('reasoning') })),
      ];
    case 'reasoning+details':
      return [
        ...reasoning.map((text, i) => ({ ...role(i), content: '', reasoning: text, reasoning_details: [{ type: 'reasoning.text', text, format: 'unknown', index: 0 }] })),
        ...answer.map((text) => ({ content: text, reasoning: null })),
      ];
    case 'think-tags':
      return ['<think>', ...reasoning, '</think>', '\n\n', ...answer].map((text, i) => ({ ...role(i), content: text }));
    case 'closing-tag-only':
      return [...reasoning, '</think>\n\n', ...answer].map((text, i) => ({ ...role(i), content: text }));
    default:
      return answer.map((text, i) => ({ ...role(i), content: text }));
  }
}

function idleField(field: string, inactive: InactiveField): Json {
  if (inactive === 'absent') return {};
  return { [field]: inactive === 'null' ? null : '' };
}

function finishDelta(profile: Profile): Json {
  return profile.wire === 'reasoning+details' ? { content: '', reasoning: null } : {};
}

function chunk(spec: StreamSpec, choice: Json): Json {
  return {
    id: 'chatcmpl-mock-0001',
    object: 'chat.completion.chunk',
    created: 1_767_225_600,
    model: spec.profile.reportedModel?.(spec.model) ?? spec.model,
    choices: [choice],
  };
}

/** Puts usage where the profile's provider puts it. */
function attachUsage(spec: StreamSpec, chunks: Json[]): void {
  const { profile, includeUsage } = spec;
  if (profile.usage === 'every-chunk') {
    // Running totals on every chunk, asked for or not (SiliconFlow).
    chunks.forEach((c, i) => (c.usage = usageFor(spec, i + 1)));
    return;
  }
  if (!includeUsage) return;
  const total = usageFor(spec, chunks.length);
  if (profile.usage === 'finish-chunk') {
    // DeepSeek: `usage: null` on every chunk, the totals on the last one.
    chunks.forEach((c) => (c.usage = null));
    chunks[chunks.length - 1]!.usage = total;
    return;
  }
  chunks.push({ ...chunk(spec, {}), choices: [], usage: total });
}

function usageFor(spec: StreamSpec, upToChunk: number): Json {
  const reasoningPieces = spec.thinks ? SCRIPT.reasoning.length : 0;
  const pieces = Math.min(upToChunk, reasoningPieces + SCRIPT.answer.length);
  const completion = pieces * SCRIPT.tokensPerPiece;
  const reasoning = Math.min(pieces, reasoningPieces) * SCRIPT.tokensPerPiece;
  return {
    prompt_tokens: SCRIPT.promptTokens,
    completion_tokens: completion,
    total_tokens: SCRIPT.promptTokens + completion,
    ...(spec.profile.reasoningTokens ? { completion_tokens_details: { reasoning_tokens: reasoning } } : {}),
  };
}

/** The non-streaming answer (`stream: false`). */
export function buildCompletion(spec: StreamSpec): Json {
  const answer = SCRIPT.answer.join('');
  const reasoning = SCRIPT.reasoning.join('');
  const message: Json = { role: 'assistant', content: answer };
  if (spec.thinks && spec.profile.wire === 'reasoning_content') message.reasoning_content = reasoning;
  if (spec.thinks && spec.profile.wire.startsWith('reasoning') && spec.profile.wire !== 'reasoning_content') message.reasoning = reasoning;
  if (spec.thinks && spec.profile.wire === 'think-tags') message.content = `<think>${reasoning}</think>\n\n${answer}`;
  if (spec.thinks && spec.profile.wire === 'closing-tag-only') message.content = `${reasoning}</think>\n\n${answer}`;
  return {
    id: 'chatcmpl-mock-0001',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: spec.profile.reportedModel?.(spec.model) ?? spec.model,
    choices: [{ index: 0, message, finish_reason: 'stop' }],
    usage: usageFor({ ...spec }, Number.MAX_SAFE_INTEGER),
  };
}
