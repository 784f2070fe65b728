import type { ProviderPreset } from './types.js';

/**
 * Providers hosted in China (most also run an international host). Facts and their sources:
 * docs/providers.md, which follows the provider catalogue in the project's domain notes.
 */

const enableThinking = {
  on: { enable_thinking: true },
  off: { enable_thinking: false },
  neededByDefault: false,
};

const thinkingType = {
  on: { thinking: { type: 'enabled' } },
  off: { thinking: { type: 'disabled' } },
  neededByDefault: false,
};


export const modelscope: ProviderPreset = {
  id: 'modelscope',
  aliases: [],
  label: 'ModelScope',
  regions: { cn: 'https://api-inference.modelscope.cn/v1', intl: 'https://api-inference.modelscope.ai/v1' },
  defaultRegion: 'cn',
  apiKeyEnv: 'MODELSCOPE_API_KEY',
  apiKeyAliases: ['MODELSCOPE_SDK_TOKEN'],
  models: {
    reasoning: ['Qwen/Qwen3-235B-A22B-Thinking-2507', 'deepseek-ai/DeepSeek-R1-0528', 'Qwen/QwQ-32B'],
    // DeepSeek-V3.2-Exp thinks with enable_thinking: true (ModelScope's model page sample).
    hybrid: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-32B', 'Qwen/Qwen3-235B-A22B'],
    plain: ['Qwen/Qwen3-235B-A22B-Instruct-2507', 'deepseek-ai/DeepSeek-V3', 'Qwen/Qwen3-Coder-30B-A3B-Instruct'],
  },
  defaultModels: ['Qwen/Qwen3-235B-A22B-Thinking-2507', 'deepseek-ai/DeepSeek-R1-0528', 'Qwen/Qwen3-235B-A22B-Instruct-2507'],
  titleModel: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
  modelsEndpoint: 'keyless',
  thinking: {
    ...enableThinking,
    neededByDefault: true,
    // Open-source Qwen3 thinks unless told not to; non-streaming calls then need enable_thinking: false.
    thinkByDefault: ['Qwen/Qwen3-32B', 'Qwen/Qwen3-235B-A22B'],
    rejectedWithoutStreaming: true,
    rejectedByPlainModels: true,
  },
  dropParams: [],
  docs: 'https://modelscope.cn/docs/model-service/API-Inference/intro',
  notes: ['modelscope.bind-alibaba-cloud', 'modelscope.models-without-key', 'modelscope.deepseek-thinking-alone', 'modelscope.thinking-needs-stream', 'modelscope.switch-on-plain-model', 'modelscope.intl-partly-verified'],
};

export const dashscope: ProviderPreset = {
  id: 'dashscope',
  aliases: ['bailian'],
  label: 'Qwen (Bailian)',
  regions: {
    cn: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    intl: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1',
    us: 'https://dashscope-us.aliyuncs.com/compatible-mode/v1',
  },
  defaultRegion: 'cn',
  apiKeyEnv: 'DASHSCOPE_API_KEY',
  apiKeyAliases: [],
  models: {
    reasoning: ['deepseek-r1', 'qwq-plus', 'qwen3-235b-a22b-thinking-2507', 'qvq-max'],
    // Bailian's DeepSeek doc: deepseek-v3.2-exp and deepseek-v3.1 think only with enable_thinking: true.
    hybrid: ['deepseek-v3.2-exp', 'deepseek-v3.1', 'qwen-plus', 'qwen-flash', 'qwen-turbo', 'qwen3.5-plus', 'qwen3.6-plus', 'qwen3-max-2026-01-23', 'qwen3-235b-a22b', 'qwen3-32b'],
    plain: ['qwen-max', 'qwen3-235b-a22b-instruct-2507'],
  },
  defaultModels: ['deepseek-v3.2-exp', 'deepseek-r1', 'qwen-plus', 'qwen3.5-plus', 'qwen-max'],
  titleModel: 'qwen-flash',
  modelsEndpoint: 'openai',
  thinking: {
    ...enableThinking,
    neededByDefault: true,
    // Qwen3.5/3.6 and the open-source Qwen3 think by default; commercial Qwen3 and DeepSeek V3.x do not.
    thinkByDefault: ['qwen3.5-plus', 'qwen3.6-plus', 'qwen3-235b-a22b', 'qwen3-32b'],
    rejectedWithoutStreaming: true,
  },
  dropParams: [],
  docs: 'https://www.alibabacloud.com/help/en/model-studio/deep-thinking',
  notes: ['dashscope.regions-separate', 'dashscope.when-asked-models', 'dashscope.titles-thinking-off'],
};

export const coreshub: ProviderPreset = {
  id: 'coreshub',
  aliases: [],
  label: 'CoresHub',
  regions: { cn: 'https://openapi.coreshub.cn/v1' },
  defaultRegion: 'cn',
  apiKeyEnv: 'CORESHUB_API_KEY',
  apiKeyAliases: [],
  models: {
    reasoning: ['DeepSeek-R1', 'QwQ-32B'],
    hybrid: ['Qwen3-32B', 'Qwen3-30B-A3B', 'DeepSeek-V3.1-Terminus', 'DeepSeek-V3.2', 'DeepSeek-V4-Flash'],
    plain: ['DeepSeek-V3', 'ernie-4.5-turbo-128k'],
  },
  defaultModels: ['DeepSeek-R1', 'QwQ-32B', 'DeepSeek-V3'],
  titleModel: 'DeepSeek-V3',
  modelsEndpoint: 'unknown',
  rejectsReplayedReasoning: true,
  dropParams: [],
  docs: 'https://docs.coreshub.cn/console/big_model_server/api_key/api_list/deepseek/reasoner',
  notes: ['coreshub.key-name-convention', 'coreshub.models-unconfirmed', 'coreshub.reasoning-history-rejected'],
};

export const modelverse: ProviderPreset = {
  id: 'modelverse',
  aliases: ['ucloud'],
  label: 'UCloud ModelVerse',
  regions: { cn: 'https://api.modelverse.cn/v1', intl: 'https://api.umodelverse.ai/v1' },
  defaultRegion: 'cn',
  apiKeyEnv: 'MODELVERSE_API_KEY',
  apiKeyAliases: ['UCLOUD_API_KEY', 'COMPSHARE_API_KEY'],
  models: {
    reasoning: ['deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-R1-0528', 'Qwen/QwQ-32B'],
    hybrid: ['deepseek-ai/DeepSeek-V3.1', 'Qwen/Qwen3-235B-A22B', 'deepseek-v4-flash', 'deepseek-v4-pro'],
    plain: ['deepseek-ai/DeepSeek-V3-0324', 'moonshotai/Kimi-K2-Instruct'],
  },
  defaultModels: ['deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-V3.1', 'deepseek-ai/DeepSeek-V3-0324'],
  titleModel: 'deepseek-ai/DeepSeek-V3-0324',
  modelsEndpoint: 'keyless',
  thinking: {
    // The openai_compatible doc's "extra parameters": DeepSeek-V3.1 thinks only when asked.
    on: { chat_template_kwargs: { enable_thinking: true } },
    off: { chat_template_kwargs: { enable_thinking: false } },
    neededByDefault: true,
    thinkByDefault: ['Qwen/Qwen3-235B-A22B', 'deepseek-v4-flash', 'deepseek-v4-pro'],
  },
  dropParams: [],
  docs: 'https://www.compshare.cn/docs/modelverse/models/text_api/openai_compatible',
  notes: ['modelverse.intl-host', 'modelverse.doubao-thinking-type', 'modelverse.response-model-differs'],
};

export const siliconflow: ProviderPreset = {
  id: 'siliconflow',
  aliases: [],
  label: 'SiliconFlow',
  regions: { cn: 'https://api.siliconflow.cn/v1', intl: 'https://api.siliconflow.com/v1' },
  defaultRegion: 'cn',
  apiKeyEnv: 'SILICONFLOW_API_KEY',
  apiKeyAliases: ['SILICONFLOW_CN_API_KEY'],
  models: {
    reasoning: ['deepseek-ai/DeepSeek-R1', 'Pro/deepseek-ai/DeepSeek-R1', 'Qwen/QwQ-32B', 'Qwen/Qwen3-235B-A22B-Thinking-2507', 'THUDM/GLM-Z1-32B-0414'],
    hybrid: ['Qwen/Qwen3-32B', 'Qwen/Qwen3-8B', 'deepseek-ai/DeepSeek-V3.1', 'zai-org/GLM-4.5', 'deepseek-ai/DeepSeek-V4-Flash'],
    plain: ['deepseek-ai/DeepSeek-V3', 'Qwen/Qwen2.5-72B-Instruct'],
  },
  defaultModels: ['deepseek-ai/DeepSeek-R1', 'Qwen/Qwen3-235B-A22B-Thinking-2507', 'deepseek-ai/DeepSeek-V3', 'Qwen/Qwen2.5-72B-Instruct'],
  titleModel: 'Qwen/Qwen2.5-72B-Instruct',
  modelsEndpoint: 'openai',
  thinking: { ...enableThinking, rejectedByPlainModels: true },
  dropParams: [],
  docs: 'https://docs.siliconflow.cn/cn/userguide/capabilities/reasoning',
  notes: ['siliconflow.accounts-separate', 'siliconflow.switch-on-every-model'],
};

export const volcengine: ProviderPreset = {
  id: 'volcengine',
  aliases: ['ark'],
  label: 'Volcengine Ark',
  regions: { cn: 'https://ark.cn-beijing.volces.com/api/v3', byteplus: 'https://ark.ap-southeast.bytepluses.com/api/v3' },
  defaultRegion: 'cn',
  apiKeyEnv: 'ARK_API_KEY',
  apiKeyAliases: ['BYTEPLUS_API_KEY', 'MODEL_ARK_API_KEY'],
  models: {
    reasoning: ['doubao-seed-1-6-thinking-250615', 'deepseek-r1-250528'],
    hybrid: ['doubao-seed-1-6-251015', 'doubao-seed-1-6-250615', 'doubao-seed-1-6-flash-250828', 'doubao-seed-1-8-251228'],
    plain: ['doubao-1-5-pro-32k-250115', 'deepseek-v3-241226'],
  },
  defaultModels: ['doubao-seed-1-6-251015', 'deepseek-r1-250528', 'doubao-1-5-pro-32k-250115'],
  titleModel: 'doubao-1-5-pro-32k-250115',
  modelsEndpoint: 'openai',
  thinking: thinkingType,
  dropParams: ['stop'],
  docs: 'https://docs.byteplus.com/en/docs/ModelArk/1494384',
  notes: ['volcengine.base-url-v3', 'volcengine.byteplus-ids', 'volcengine.thinking-only-disabled'],
};

export const zhipu: ProviderPreset = {
  id: 'zhipu',
  aliases: ['bigmodel', 'zai'],
  label: 'Zhipu GLM',
  regions: { cn: 'https://open.bigmodel.cn/api/paas/v4', intl: 'https://api.z.ai/api/paas/v4' },
  defaultRegion: 'cn',
  apiKeyEnv: 'ZHIPUAI_API_KEY',
  apiKeyAliases: ['ZAI_API_KEY', 'GLM_API_KEY'],
  models: {
    reasoning: ['glm-4.7'],
    hybrid: ['glm-4.5', 'glm-4.5-air', 'glm-4.6', 'glm-4.5-flash'],
    plain: ['glm-4-plus'],
  },
  defaultModels: ['glm-4.7', 'glm-4.5', 'glm-4.5-air', 'glm-4-plus'],
  titleModel: 'glm-4-plus',
  modelsEndpoint: 'openai',
  thinking: thinkingType,
  dropParams: ['stream_options', 'frequency_penalty', 'presence_penalty'],
  docs: 'https://docs.bigmodel.cn/cn/guide/capabilities/thinking',
  notes: ['zhipu.base-url-v4', 'zhipu.dropped-params'],
};

export const moonshot: ProviderPreset = {
  id: 'moonshot',
  aliases: ['kimi'],
  label: 'Moonshot Kimi',
  regions: { cn: 'https://api.moonshot.cn/v1', intl: 'https://api.moonshot.ai/v1' },
  defaultRegion: 'cn',
  apiKeyEnv: 'MOONSHOT_API_KEY',
  apiKeyAliases: ['KIMI_API_KEY'],
  models: {
    reasoning: ['kimi-k2-thinking'],
    hybrid: ['kimi-k2.5', 'kimi-k2.6'],
    plain: ['kimi-k2-0905-preview', 'kimi-k2-turbo-preview', 'moonshot-v1-8k'],
  },
  defaultModels: ['kimi-k2-thinking', 'kimi-k2.5', 'kimi-k2-turbo-preview'],
  titleModel: 'moonshot-v1-8k',
  modelsEndpoint: 'openai',
  thinking: thinkingType,
  dropParams: ['temperature', 'top_p', 'frequency_penalty', 'presence_penalty'],
  docs: 'https://platform.moonshot.ai/docs/guide/use-kimi-k2-thinking-model',
  notes: ['moonshot.keys-per-platform', 'moonshot.fixed-sampling'],
};

export const chinaPresets: ProviderPreset[] = [modelscope, dashscope, coreshub, modelverse, siliconflow, volcengine, zhipu, moonshot];
