import type { LibreChatLine, ModelListRules, ReasoningDisplayRules, StartupCheckId, TitleRules } from './types.js';

/*
 * The LibreChat lines lc-doctor models, oldest first. Every command reads what a version does from
 * here; docs/librechat-versions.md says where each fact comes from and how to add a line.
 */

const LEGACY_MODELS: ModelListRules = {
  openAIFilter: /(text-davinci-003|gpt-|o\d+-)/,
  userProvidedFetch: 'never',
  ollamaFallsBackToModels: false,
  stripsTrailingSlash: false,
  sendsEndpointHeaders: false,
  directEndpoint: false,
};
const AGENTS_MODELS: ModelListRules = {
  openAIFilter: /(text-davinci-003|gpt-|o\d+|chat-latest)/,
  userProvidedFetch: 'never',
  ollamaFallsBackToModels: true,
  stripsTrailingSlash: true,
  sendsEndpointHeaders: true,
  directEndpoint: true,
};
const MODELS_085: ModelListRules = { ...AGENTS_MODELS, userProvidedFetch: 'with-user-key' };

const NO_REASONING_UI: ReasoningDisplayRules = {
  ui: false,
  client: 'legacy',
  defaultKey: 'reasoning_content',
  openRouterKey: 'reasoning',
  readsReasoningDetails: false,
  copiesReasoningField: false,
  readsEveryReasoningField: false,
  reasoningKeyOption: false,
  reasoningHistoryOption: false,
};
const LEGACY_REASONING: ReasoningDisplayRules = { ...NO_REASONING_UI, ui: true };
const AGENTS_REASONING: ReasoningDisplayRules = { ...LEGACY_REASONING, client: 'agents', readsReasoningDetails: true };
const COPYING_REASONING: ReasoningDisplayRules = { ...AGENTS_REASONING, copiesReasoningField: true };
const REASONING_088: ReasoningDisplayRules = { ...COPYING_REASONING, readsEveryReasoningField: true, reasoningKeyOption: true, reasoningHistoryOption: true };

const LEGACY_TITLE: TitleRules = { modelWhenUnset: 'gpt-3.5-turbo', defaultMethod: 'completion', titleEndpoint: false };
const AGENTS_TITLE: TitleRules = { modelWhenUnset: 'current-model', defaultMethod: 'completion', titleEndpoint: true };

const LEGACY_CHECKS: readonly StartupCheckId[] = ['azure-groups', 'config-version-outdated'];
const CUSTOM_PARAMS_CHECKS: readonly StartupCheckId[] = ['azure-groups', 'custom-params-endpoint', 'custom-params-keys', 'custom-params-definitions', 'config-version-outdated'];

const LEGACY_LINE = {
  schema: '0.7.7',
  reasoning: LEGACY_REASONING,
  title: LEGACY_TITLE,
  openRouterApiKey: 'openai-chat-to-openrouter',
  endpointsVariable: 'built-in-only',
  customParams: 'absent',
  invalidConfig: 'ignored',
  dropParamsCamelCase: false,
  models: LEGACY_MODELS,
  startupChecks: LEGACY_CHECKS,
} as const satisfies Partial<LibreChatLine>;

const AGENTS_LINE = {
  reasoning: AGENTS_REASONING,
  title: AGENTS_TITLE,
  openRouterApiKey: 'ignored',
  endpointsVariable: 'built-in-only',
  customParams: 'strict',
  invalidConfig: 'exits',
  dropParamsCamelCase: true,
  models: AGENTS_MODELS,
  startupChecks: CUSTOM_PARAMS_CHECKS,
} as const satisfies Partial<LibreChatLine>;

export const LIBRECHAT_LINES: readonly LibreChatLine[] = [
  { ...LEGACY_LINE, id: '0.7.5', basis: 'v0.7.5', cacheFamily: '0.7.5-0.7.6', reasoning: NO_REASONING_UI },
  { ...LEGACY_LINE, id: '0.7.6', basis: 'v0.7.6', cacheFamily: '0.7.5-0.7.6', reasoning: NO_REASONING_UI },
  { ...LEGACY_LINE, id: '0.7.7', basis: 'v0.7.7-rc1', configVersion: '1.2.1', cacheFamily: '0.7.7' },
  { ...LEGACY_LINE, id: '0.7.8', basis: 'v0.7.8', cacheFamily: '0.7.8' },
  { ...LEGACY_LINE, id: '0.7.9', basis: 'v0.7.9', cacheFamily: '0.7.9', releaseCandidateCacheFamily: '0.7.8' },
  { ...AGENTS_LINE, id: '0.8.0', basis: 'v0.8.0', schema: '0.8.5', cacheFamily: '0.8.0-0.8.2', invalidConfig: 'ignored' },
  { ...AGENTS_LINE, id: '0.8.1', basis: 'v0.8.1', schema: '0.8.5', cacheFamily: '0.8.0-0.8.2', invalidConfig: 'ignored' },
  { ...AGENTS_LINE, id: '0.8.2', basis: 'v0.8.2', schema: '0.8.5', cacheFamily: '0.8.0-0.8.2' },
  { ...AGENTS_LINE, id: '0.8.3', basis: 'v0.8.3', schema: '0.8.5', cacheFamily: '0.8.3-0.8.4' },
  { ...AGENTS_LINE, id: '0.8.4', basis: 'v0.8.4', schema: '0.8.5', cacheFamily: '0.8.3-0.8.4' },
  { ...AGENTS_LINE, id: '0.8.5', basis: 'v0.8.5', configVersion: '1.3.9', schema: '0.8.5', cacheFamily: '0.8.5+', models: MODELS_085 },
  { ...AGENTS_LINE, id: '0.8.6', basis: 'v0.8.6', schema: '0.8.8', cacheFamily: '0.8.5+', models: MODELS_085 },
  { ...AGENTS_LINE, id: '0.8.7', basis: 'v0.8.7', schema: '0.8.8', cacheFamily: '0.8.5+', models: MODELS_085, reasoning: COPYING_REASONING },
  { ...AGENTS_LINE, id: '0.8.8', basis: 'v0.8.8-rc4', configVersion: '1.3.17', schema: '0.8.8', cacheFamily: '0.8.5+', models: MODELS_085, reasoning: REASONING_088 },
];
