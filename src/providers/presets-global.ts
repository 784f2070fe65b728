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
  notes: [
    'V4 models think by default; --no-thinking sends thinking: {type: disabled}.',
    'deepseek-chat and deepseek-reasoner stopped working on 2026-07-24; deepseek-v4-flash is still accepted but answered by deepseek-flash (V4.1-Flash).',
    'An endpoint named "deepseek" gets LibreChat\'s DeepSeek icon and client.',
  ],
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
  notes: [
    'LibreChat recognises OpenRouter by name or base URL and asks for reasoning itself (reasoning key "reasoning").',
    'Do not set OPENROUTER_API_KEY in .env: LibreChat\'s legacy OpenAI client then sends every OpenAI request to OpenRouter.',
  ],
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
  notes: [
    'reasoning_format: parsed (--thinking) puts thinking in a separate "reasoning" field; the default for qwen3 is <think> tags in the answer.',
    'reasoning_format: raw together with tools or JSON mode returns 400.',
  ],
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
  notes: [
    'Region "docker" reaches Ollama on the Docker host from the LibreChat container; "local" is for LibreChat running on the host.',
    'Ollama needs no key; LibreChat still requires a non-empty apiKey, so the entry says "ollama".',
    'Ollama turns thinking on by itself for capable models; --no-thinking sends reasoning_effort: none.',
  ],
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
  notes: [
    'Start vLLM with --reasoning-parser <name>, otherwise thinking arrives as <think> tags in the answer.',
    'vLLM 0.11+ streams thinking as "reasoning" (older: reasoning_content); LibreChat 0.8.8 is told with customParams.reasoningKey.',
    'Set VLLM_API_KEY to the key the server was started with (--api-key), or any text if it has none.',
  ],
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
  notes: ['Any OpenAI-compatible server: --base-url, --name and --models are required; the key variable is <NAME>_API_KEY unless --api-key-env is given.'],
};

export const globalPresets: ProviderPreset[] = [deepseek, openrouter, groq, ollama, vllm, generic];
