import type { ProviderPreset } from './types.js';

/** International hosted providers and self-hosted servers. Sources: docs/providers.md. */

export const deepseek: ProviderPreset = {
  id: 'deepseek',
  aliases: [],
  label: 'DeepSeek',
  // The documented root; GET /models is documented here, /v1/models is not.
  regions: { global: 'https://api.deepseek.com' },
  defaultRegion: 'global',
  apiKeyEnv: 'DEEPSEEK_API_KEY',
  apiKeyAliases: [],
  // DeepSeek's "Models & Pricing" page (2026-10, V4.1-Flash-1017): use deepseek-flash; deepseek-v4-pro
  // is the other model. Both think unless told not to; neither always thinks or never does.
  models: {
    reasoning: [],
    hybrid: ['deepseek-flash', 'deepseek-v4-pro'],
    plain: [],
  },
  defaultModels: ['deepseek-flash', 'deepseek-v4-pro'],
  titleModel: 'deepseek-flash',
  modelsEndpoint: 'openai',
  thinking: { on: { thinking: { type: 'enabled' } }, off: { thinking: { type: 'disabled' } }, neededByDefault: false },
  dropParams: ['logprobs', 'top_logprobs'],
  docs: 'https://api-docs.deepseek.com/guides/thinking_mode',
  notes: ['deepseek.v4-thinks-by-default', 'deepseek.legacy-aliases', 'deepseek.name-deepseek'],
};

export const openrouter: ProviderPreset = {
  id: 'openrouter',
  aliases: [],
  label: 'OpenRouter',
  regions: { global: 'https://openrouter.ai/api/v1' },
  defaultRegion: 'global',
  // Not OPENROUTER_API_KEY: LibreChat's legacy OpenAI client reroutes the whole OpenAI endpoint when that is set.
  apiKeyEnv: 'OPENROUTER_KEY',
  apiKeyAliases: [],
  models: {
    reasoning: ['deepseek/deepseek-r1', 'openai/o4-mini', 'google/gemini-3-flash-preview', 'x-ai/grok-4.5'],
    hybrid: ['anthropic/claude-sonnet-4.5', 'qwen/qwen3-235b-a22b'],
    plain: ['openai/gpt-4o-mini', 'qwen/qwen3-coder-30b-a3b-instruct'],
  },
  defaultModels: ['deepseek/deepseek-r1', 'anthropic/claude-sonnet-4.5', 'openai/gpt-4o-mini'],
  titleModel: 'openai/gpt-4o-mini',
  modelsEndpoint: 'keyless',
  dropParams: ['stop'],
  docs: 'https://openrouter.ai/docs/use-cases/reasoning-tokens',
  notes: ['openrouter.recognised-by-name', 'openrouter.no-openrouter-key'],
};

export const groq: ProviderPreset = {
  id: 'groq',
  aliases: [],
  label: 'Groq',
  regions: { global: 'https://api.groq.com/openai/v1' },
  defaultRegion: 'global',
  apiKeyEnv: 'GROQ_API_KEY',
  apiKeyAliases: [],
  models: {
    reasoning: ['openai/gpt-oss-120b', 'openai/gpt-oss-20b'],
    hybrid: ['qwen/qwen3-32b'],
    plain: ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant'],
  },
  defaultModels: ['openai/gpt-oss-120b', 'qwen/qwen3-32b', 'llama-3.3-70b-versatile'],
  titleModel: 'llama-3.1-8b-instant',
  modelsEndpoint: 'openai',
  thinking: { on: { reasoning_format: 'parsed' }, off: { reasoning_format: 'hidden' }, neededByDefault: false },
  dropParams: [],
  reasoningKey: 'reasoning',
  docs: 'https://console.groq.com/docs/reasoning',
  notes: ['groq.reasoning-format-parsed', 'groq.reasoning-format-raw'],
};

export const ollama: ProviderPreset = {
  id: 'ollama',
  aliases: [],
  label: 'Ollama',
  regions: { docker: 'http://host.docker.internal:11434/v1', local: 'http://localhost:11434/v1' },
  defaultRegion: 'docker',
  apiKeyEnv: null,
  apiKeyAliases: [],
  placeholderApiKey: 'ollama',
  models: {
    reasoning: ['deepseek-r1:8b'],
    hybrid: ['qwen3:8b', 'gpt-oss:20b'],
    plain: ['llama3.1:8b', 'qwen2.5-coder:7b'],
  },
  defaultModels: ['qwen3:8b', 'llama3.1:8b'],
  titleModel: 'llama3.1:8b',
  modelsEndpoint: 'openai',
  thinking: { on: { reasoning_effort: 'medium' }, off: { reasoning_effort: 'none' }, neededByDefault: false },
  dropParams: [],
  reasoningKey: 'reasoning',
  docs: 'https://docs.ollama.com/api/openai-compatibility',
  notes: ['ollama.docker-region', 'ollama.placeholder-key', 'ollama.thinks-by-itself'],
};

export const vllm: ProviderPreset = {
  id: 'vllm',
  aliases: [],
  label: 'vLLM',
  regions: { docker: 'http://vllm:8000/v1', local: 'http://localhost:8000/v1' },
  defaultRegion: 'docker',
  apiKeyEnv: 'VLLM_API_KEY',
  apiKeyAliases: [],
  models: { reasoning: ['deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'], hybrid: ['Qwen/Qwen3-8B'], plain: [] },
  defaultModels: ['Qwen/Qwen3-8B'],
  titleModel: 'Qwen/Qwen3-8B',
  modelsEndpoint: 'openai',
  thinking: {
    on: { chat_template_kwargs: { enable_thinking: true } },
    off: { chat_template_kwargs: { enable_thinking: false } },
    neededByDefault: false,
  },
  dropParams: [],
  reasoningKey: 'reasoning',
  docs: 'https://docs.vllm.ai/en/latest/features/reasoning_outputs.html',
  notes: ['vllm.reasoning-parser', 'vllm.reasoning-field', 'vllm.server-key'],
};

export const generic: ProviderPreset = {
  id: 'generic',
  aliases: [],
  label: 'Custom',
  regions: {},
  defaultRegion: '',
  apiKeyEnv: null,
  apiKeyAliases: [],
  models: { reasoning: [], hybrid: [], plain: [] },
  defaultModels: [],
  titleModel: '',
  modelsEndpoint: 'unknown',
  dropParams: [],
  requiresBaseUrl: true,
  notes: ['generic.required-options'],
};

export const globalPresets: ProviderPreset[] = [deepseek, openrouter, groq, ollama, vllm, generic];
