import { isDeepStrictEqual } from 'node:util';
import { findPreset, knownModels, thinkingMode, type ProviderPreset } from '../providers/index.js';

/**
 * Wire shapes of real providers, written from the documented facts in providers.md (not from
 * recordings). Each profile is data; `stream-builder.ts` turns it into chunks. A profile named
 * after a provider preset serves exactly that preset's models, and they think as the preset says.
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
  /** Ids served by default (`GET /v1/models`): the preset's models, else the first one thinks. */
  models: string[];
  /** The provider preset the profile plays (its catalogue decides which models think). */
  preset?: ProviderPreset;
  wire: ThinkingWire;
  inactive: InactiveField;
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
  rejectsReasoningHistory: false,
  usage: 'usage-chunk',
  reasoningTokens: false,
  keepAlive: false,
  lineEnding: '\n',
  keylessModels: false,
  roleOnEveryDelta: false,
};

/** One truth: a provider profile serves its preset's catalogue, nothing more or less, and refuses what it refuses. */
function presetModels(id: string): { preset: ProviderPreset; models: string[]; rejectsReasoningHistory: boolean } {
  const preset = findPreset(id);
  if (!preset) throw new Error(`mock profile for unknown preset '${id}'`);
  return { preset, models: knownModels(preset), rejectsReasoningHistory: preset.rejectsReplayedReasoning === true };
}

export const PROFILES: Record<ProfileName, Profile> = {
  // reasoning_content; the idle field is null; usage rides on the finish chunk (no usage-only chunk).
  deepseek: { ...base, ...presetModels('deepseek'), name: 'deepseek', wire: 'reasoning_content', inactive: 'null', usage: 'finish-chunk', reasoningTokens: true },
  // Hybrid Qwen: thinks only with enable_thinking; thinking needs stream; usage on a choices:[] chunk.
  dashscope: {
    ...base,
    ...presetModels('dashscope'),
    name: 'dashscope',
    wire: 'reasoning_content',
    inactive: 'null',
    nonStreamThinkingError: 'parameter.enable_thinking must be set to false for non-streaming calls',
    reasoningTokens: true,
  },
  // reasoning_content with "" as the idle value; keyless /models; thinking needs stream.
  modelscope: {
    ...base,
    ...presetModels('modelscope'),
    name: 'modelscope',
    wire: 'reasoning_content',
    inactive: 'empty',
    nonStreamThinkingError: 'enable thinking can not be support when `stream=False`.',
    keylessModels: true,
  },
  // reasoning_content; rejects reasoning_content in input messages (the preset says so).
  coreshub: { ...base, ...presetModels('coreshub'), name: 'coreshub', wire: 'reasoning_content', inactive: 'null' },
  // reasoning_content (assumed, upstream DeepSeek/Volcengine); renames the model; keyless /models.
  modelverse: {
    ...base,
    ...presetModels('modelverse'),
    name: 'modelverse',
    wire: 'reasoning_content',
    reasoningTokens: true,
    keylessModels: true,
    reportedModel: (requested) => (/r1/i.test(requested) ? 'deepseek-r1-250528' : requested),
  },
  // Cumulative usage with reasoning_tokens on every chunk; role repeated.
  siliconflow: {
    ...base,
    ...presetModels('siliconflow'),
    name: 'siliconflow',
    wire: 'reasoning_content',
    inactive: 'null',
    usage: 'every-chunk',
    reasoningTokens: true,
    roleOnEveryDelta: true,
  },
  // reasoning + reasoning_details, keep-alive comments, CRLF, usage-only chunk, keyless /models.
  openrouter: {
    ...base,
    ...presetModels('openrouter'),
    name: 'openrouter',
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

/** Whether this request gets thinking: as the preset says for its models, else by the id's look. */
export function requestThinks(profile: Profile, model: string, body: Record<string, unknown>): boolean {
  if (profile.wire === 'none') return false;
  const preset = profile.preset;
  const mode = preset ? thinkingMode(preset, model) : 'unknown';
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (mode === 'when-asked') return sends(body, preset?.thinking?.on);
  if (mode === 'unless-off') return !sends(body, preset?.thinking?.off);
  return model === profile.models[0] || /r1|thinking|qwq|reasoner/i.test(model);
}

/** The 400 a provider answers when its thinking switch reaches a model without one (ModelScope, SiliconFlow). */
export function rejectsSwitch(profile: Profile, model: string, body: Record<string, unknown>): string | undefined {
  const thinking = profile.preset?.thinking;
  if (!profile.preset || !thinking?.rejectedByPlainModels || thinkingMode(profile.preset, model) !== 'never') return undefined;
  const key = Object.keys(thinking.on).find((name) => name in body);
  return key === undefined ? undefined : `current model does not support parameter \`${key}\`.`;
}

/**
 * A non-streaming request the provider refuses: one that would think, or (where the preset says
 * thinking needs a stream) one that carries the switch's "on" at all, as Bailian's error text
 * reads ("enable_thinking must be set to false for non-streaming calls").
 */
export function rejectsWithoutStream(profile: Profile, model: string, body: Record<string, unknown>): boolean {
  if (body.stream === true || !profile.nonStreamThinkingError) return false;
  return requestThinks(profile, model, body) || (profile.preset?.thinking?.rejectedWithoutStreaming === true && sends(body, profile.preset.thinking.on));
}

/** The body carries every field of the switch with the same value. */
function sends(body: Record<string, unknown>, fields: Record<string, unknown> | undefined): boolean {
  return fields !== undefined && Object.entries(fields).every(([key, value]) => isDeepStrictEqual(body[key], value));
}

/** Hybrid models of the profile's preset that think only when the switch is sent. */
export function modelsNeedingSwitch(profile: Profile, models: readonly string[]): string[] {
  return profile.preset ? models.filter((model) => thinkingMode(profile.preset!, model) === 'when-asked') : [];
}

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value);
}
