import type { LibreChatLine, ModelListRules, ReasoningDisplayRules, StartupCheckId, TitleRules } from './types.js';

/*
 * The LibreChat lines lc-doctor models, oldest first. Every command reads what a version does from
 * here; docs/librechat-versions.md says where each fact comes from (tag, file, PR) and how to add a line.
 */

const LEGACY_MODELS: ModelListRules = {
  openAIFilter: /(text-davinci-003|gpt-|o\d+-)/,
  userProvidedFetch: 'never',
  ollamaFallsBackToModels: false,
  stripsTrailingSlash: false,
  sendsEndpointHeaders: false,
  directEndpoint: false,
};
/** v0.7.5-v0.7.6 kept only `o1-` among the o-series. */
const MODELS_075: ModelListRules = { ...LEGACY_MODELS, openAIFilter: /(text-davinci-003|gpt-|o1-)/ };
/** v0.7.8 dropped the dash after the o-series digit, so a bare `o1` shows. */
const MODELS_078: ModelListRules = { ...LEGACY_MODELS, openAIFilter: /(text-davinci-003|gpt-|o\d+)/ };
/** v0.8.0 added `directEndpoint` to the fetch (`loadConfigModels`), nothing else. */
const MODELS_080: ModelListRules = { ...MODELS_078, directEndpoint: true };
/** v0.8.1: `fetchModels` sends the entry's headers, strips trailing slashes and falls back from Ollama's /api/tags. */
const AGENTS_MODELS: ModelListRules = {
  openAIFilter: /(text-davinci-003|gpt-|o\d+)/,
  userProvidedFetch: 'never',
  ollamaFallsBackToModels: true,
  stripsTrailingSlash: true,
  sendsEndpointHeaders: true,
  directEndpoint: true,
};
const MODELS_085: ModelListRules = { ...AGENTS_MODELS, userProvidedFetch: 'with-user-key' };
/** v0.8.7 added `chat-latest` to the filter (PR #13636). */
const MODELS_087: ModelListRules = { ...MODELS_085, openAIFilter: /(text-davinci-003|gpt-|o\d+|chat-latest)/ };

const NO_REASONING_UI: ReasoningDisplayRules = {
  ui: false,
  client: 'legacy',
  defaultKey: 'reasoning_content',
  openRouterKey: 'reasoning',
  readsReasoningDetails: false,
  reasoningCopy: 'never',
  deepSeekJoinsSplitThinkTags: false,
  readsEveryReasoningField: false,
  reasoningKeyOption: false,
  reasoningHistoryOption: false,
};
const LEGACY_REASONING: ReasoningDisplayRules = { ...NO_REASONING_UI, ui: true };
const REASONING_079: ReasoningDisplayRules = { ...LEGACY_REASONING, client: 'agents' };
const REASONING_080: ReasoningDisplayRules = { ...REASONING_079, reasoningCopy: 'when-key-absent' };
const REASONING_081: ReasoningDisplayRules = { ...REASONING_080, readsReasoningDetails: true };
const REASONING_086: ReasoningDisplayRules = { ...REASONING_081, reasoningCopy: 'when-key-nullish', deepSeekJoinsSplitThinkTags: true };
/** v0.8.7 reads customParams.reasoningKey / includeReasoningContent / includeReasoningHistory (its config.ts and agents/initialize.ts). */
const REASONING_087: ReasoningDisplayRules = { ...REASONING_086, reasoningKeyOption: true, reasoningHistoryOption: true };
const REASONING_088: ReasoningDisplayRules = { ...REASONING_087, readsEveryReasoningField: true };

const TITLE_075: TitleRules = { modelWhenUnset: 'gpt-3.5-turbo', defaultMethod: 'completion', titleEndpoint: false };
const LEGACY_TITLE: TitleRules = { ...TITLE_075, modelWhenUnset: 'gpt-4o-mini' };
const AGENTS_TITLE: TitleRules = { modelWhenUnset: 'current-model', defaultMethod: 'completion', titleEndpoint: true };

const LEGACY_CHECKS: readonly StartupCheckId[] = ['azure-groups', 'config-version-outdated'];
const CUSTOM_PARAMS_CHECKS: readonly StartupCheckId[] = ['azure-groups', 'custom-params-endpoint', 'custom-params-keys', 'custom-params-definitions', 'config-version-outdated'];

const LEGACY_LINE = {
  schema: '0.7.7',
  reasoning: LEGACY_REASONING,
  title: LEGACY_TITLE,
  openRouterApiKey: 'ignored',
  endpointsVariable: 'built-in-only',
  customParams: 'absent',
  invalidConfig: 'ignored',
  dropParamsCamelCase: false,
  models: LEGACY_MODELS,
  startupChecks: LEGACY_CHECKS,
} as const satisfies Partial<LibreChatLine>;

const AGENTS_LINE = {
  reasoning: REASONING_081,
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
  { ...LEGACY_LINE, id: '0.7.5', basis: 'v0.7.5', configVersion: '1.1.7', cacheFamily: '0.7.5-0.7.6', reasoning: NO_REASONING_UI, title: TITLE_075, openRouterApiKey: 'openai-chat-to-openrouter', models: MODELS_075 },
  { ...LEGACY_LINE, id: '0.7.6', basis: 'v0.7.6', configVersion: '1.2.0', cacheFamily: '0.7.5-0.7.6', reasoning: NO_REASONING_UI, openRouterApiKey: 'openai-chat-to-openrouter', models: MODELS_075 },
  {
    ...LEGACY_LINE,
    id: '0.7.7',
    basis: 'v0.7.7',
    configVersion: '1.2.1',
    cacheFamily: '0.7.7',
    releaseCandidates: { cacheFamily: '0.7.5-0.7.6', openRouterApiKey: 'openai-chat-to-openrouter' },
  },
  { ...LEGACY_LINE, id: '0.7.8', basis: 'v0.7.8', configVersion: '1.2.5', cacheFamily: '0.7.8', models: MODELS_078 },
  {
    ...LEGACY_LINE,
    id: '0.7.9',
    basis: 'v0.7.9',
    configVersion: '1.2.8',
    cacheFamily: '0.7.9',
    reasoning: REASONING_079,
    title: AGENTS_TITLE,
    customParams: 'strict',
    dropParamsCamelCase: true,
    models: MODELS_078,
    startupChecks: CUSTOM_PARAMS_CHECKS,
    releaseCandidates: { cacheFamily: '0.7.8', title: { ...AGENTS_TITLE, titleEndpoint: false } },
  },
  { ...AGENTS_LINE, id: '0.8.0', basis: 'v0.8.0', configVersion: '1.3.0', schema: '0.8.5', cacheFamily: '0.8.0-0.8.2', invalidConfig: 'ignored', reasoning: REASONING_080, models: MODELS_080 },
  { ...AGENTS_LINE, id: '0.8.1', basis: 'v0.8.1', configVersion: '1.3.1', schema: '0.8.5', cacheFamily: '0.8.0-0.8.2', invalidConfig: 'ignored' },
  { ...AGENTS_LINE, id: '0.8.2', basis: 'v0.8.2', configVersion: '1.3.3', schema: '0.8.5', cacheFamily: '0.8.0-0.8.2' },
  { ...AGENTS_LINE, id: '0.8.3', basis: 'v0.8.3', configVersion: '1.3.6', schema: '0.8.5', cacheFamily: '0.8.3-0.8.4' },
  { ...AGENTS_LINE, id: '0.8.4', basis: 'v0.8.4', configVersion: '1.3.6', schema: '0.8.5', cacheFamily: '0.8.3-0.8.4' },
  { ...AGENTS_LINE, id: '0.8.5', basis: 'v0.8.5', configVersion: '1.3.9', schema: '0.8.5', cacheFamily: '0.8.5+', models: MODELS_085 },
  { ...AGENTS_LINE, id: '0.8.6', basis: 'v0.8.6', configVersion: '1.3.12', schema: '0.8.8', cacheFamily: '0.8.5+', models: MODELS_085, reasoning: REASONING_086 },
  { ...AGENTS_LINE, id: '0.8.7', basis: 'v0.8.7', configVersion: '1.3.13', schema: '0.8.8', cacheFamily: '0.8.5+', models: MODELS_087, reasoning: REASONING_087 },
  { ...AGENTS_LINE, id: '0.8.8', basis: 'v0.8.8-rc4', configVersion: '1.3.17', schema: '0.8.8', cacheFamily: '0.8.5+', models: MODELS_087, reasoning: REASONING_088 },
];
