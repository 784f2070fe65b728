/**
 * Wire shapes of real providers, written from the documented facts in providers.md (not from
 * recordings). Each profile is data; `stream-builder.ts` turns it into chunks.
 */

export const PROFILE_NAMES = [
  'deepseek',
  'dashscope',
  'modelscope',
  'coreshub',
  'modelverse',
  'siliconflow',
  'openrouter',
  'vllm-legacy',
  'vllm',
  'think-tags',
  'closing-tag-only',
  'plain',
] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Where a profile puts thinking text. */
export type ThinkingWire = 'reasoning_content' | 'reasoning' | 'reasoning+details' | 'think-tags' | 'closing-tag-only' | 'none';

/** How the field that is not in use looks on a chunk: `null`, `""`, or left out. */
export type InactiveField = 'null' | 'empty' | 'absent';

export interface Profile {
  name: ProfileName;
  /** Ids served by default (`GET /v1/models`). The first one thinks. */
  models: string[];
  wire: ThinkingWire;
  inactive: InactiveField;
  /** Hybrid models think only with `enable_thinking: true` (DashScope, ModelScope). */
  needsThinkingFlag: boolean;
  /** 400 for a non-streaming request that would think (DashScope, ModelScope). */
  nonStreamThinkingError?: string;
  /** 400 when an input message carries `reasoning_content` (CoresHub, old DeepSeek). */
  rejectsReasoningHistory: boolean;
  /** Where usage goes when `include_usage` is asked for (SiliconFlow sends it regardless). */
  usage: 'usage-chunk' | 'finish-chunk' | 'every-chunk';
  reasoningTokens: boolean;
  /** `: OPENROUTER PROCESSING` keep-alive comments before and between chunks. */
  keepAlive: boolean;
  lineEnding: '\n' | '\r\n';
  /** `GET /models` answers without checking the key (ModelScope, ModelVerse, OpenRouter). */
  keylessModels: boolean;
  /** The `model` a response reports, when the provider renames it (ModelVerse). */
  reportedModel?: (requested: string) => string;
  /** Repeat `role: assistant` on every delta (SiliconFlow, Zhipu). */
  roleOnEveryDelta: boolean;
}

const base: Omit<Profile, 'name' | 'models' | 'wire'> = {
  inactive: 'absent',
  needsThinkingFlag: false,
  rejectsReasoningHistory: false,
  usage: 'usage-chunk',
  reasoningTokens: false,
  keepAlive: false,
  lineEnding: '\n',
  keylessModels: false,
  roleOnEveryDelta: false,
};

export const PROFILES: Record<ProfileName, Profile> = {
  // reasoning_content; the idle field is null; usage rides on the finish chunk (no usage-only chunk).
  deepseek: { ...base, name: 'deepseek', models: ['deepseek-reasoner', 'deepseek-chat'], wire: 'reasoning_content', inactive: 'null', usage: 'finish-chunk', reasoningTokens: true },
  // Hybrid Qwen: thinks only with enable_thinking; thinking needs stream; usage on a choices:[] chunk.
  dashscope: {
    ...base,
    name: 'dashscope',
    models: ['qwen-plus', 'qwen-max'],
    wire: 'reasoning_content',
    inactive: 'null',
    needsThinkingFlag: true,
    nonStreamThinkingError: 'parameter.enable_thinking must be set to false for non-streaming calls',
    reasoningTokens: true,
  },
  // reasoning_content with "" as the idle value; keyless /models; thinking needs stream.
  modelscope: {
    ...base,
    name: 'modelscope',
    models: ['Qwen/Qwen3-235B-A22B-Thinking-2507', 'Qwen/Qwen3-235B-A22B-Instruct-2507'],
    wire: 'reasoning_content',
    inactive: 'empty',
    nonStreamThinkingError: 'enable thinking can not be support when `stream=False`.',
    keylessModels: true,
  },
  // reasoning_content; rejects reasoning_content in input messages.
  coreshub: { ...base, name: 'coreshub', models: ['DeepSeek-R1', 'DeepSeek-V3'], wire: 'reasoning_content', inactive: 'null', rejectsReasoningHistory: true },
  // reasoning_content (assumed, upstream DeepSeek/Volcengine); renames the model; keyless /models.
  modelverse: {
    ...base,
    name: 'modelverse',
    models: ['deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-V3-0324'],
    wire: 'reasoning_content',
    reasoningTokens: true,
    keylessModels: true,
    reportedModel: (requested) => (/r1/i.test(requested) ? 'deepseek-r1-250528' : requested),
  },
  // Cumulative usage with reasoning_tokens on every chunk; role repeated.
  siliconflow: {
    ...base,
    name: 'siliconflow',
    models: ['deepseek-ai/DeepSeek-R1', 'Qwen/Qwen2.5-72B-Instruct'],
    wire: 'reasoning_content',
    inactive: 'null',
    usage: 'every-chunk',
    reasoningTokens: true,
    roleOnEveryDelta: true,
  },
  // reasoning + reasoning_details, keep-alive comments, CRLF, usage-only chunk, keyless /models.
  openrouter: {
    ...base,
    name: 'openrouter',
    models: ['deepseek/deepseek-r1', 'openai/gpt-4o-mini'],
    wire: 'reasoning+details',
    inactive: 'null',
    reasoningTokens: true,
    keepAlive: true,
    lineEnding: '\r\n',
    keylessModels: true,
  },
  // vLLM <= 0.10 with a reasoning parser.
  'vllm-legacy': { ...base, name: 'vllm-legacy', models: ['Qwen/Qwen3-8B', 'meta-llama/Llama-3.1-8B-Instruct'], wire: 'reasoning_content' },
  // vLLM 2026+: `reasoning` only.
  vllm: { ...base, name: 'vllm', models: ['Qwen/Qwen3-8B', 'meta-llama/Llama-3.1-8B-Instruct'], wire: 'reasoning' },
  // No reasoning parser: <think>...</think> inside content (llama.cpp --reasoning-format none).
  'think-tags': { ...base, name: 'think-tags', models: ['deepseek-r1-distill-qwen-7b', 'llama-3.1-8b'], wire: 'think-tags' },
  // Chat template opened <think> in the prompt: only </think> reaches the stream.
  'closing-tag-only': { ...base, name: 'closing-tag-only', models: ['QwQ-32B', 'llama-3.1-8b'], wire: 'closing-tag-only' },
  plain: { ...base, name: 'plain', models: ['gpt-4o-mini', 'llama-3.1-8b'], wire: 'none' },
};

/** Whether this request gets thinking: the first model of a profile thinks (hybrid ones only when asked). */
export function requestThinks(profile: Profile, model: string, body: Record<string, unknown>): boolean {
  if (profile.wire === 'none') return false;
  const thinkingModel = model === profile.models[0] || /r1|thinking|qwq|reasoner/i.test(model);
  if (profile.needsThinkingFlag) return body.enable_thinking === true;
  return thinkingModel;
}

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value);
}
