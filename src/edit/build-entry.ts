import { UsageError } from '../core/errors.js';
import { dropParamSpellings, isReasoningModel, knownModels, needsThinkingSwitch, resolveBaseUrl, thinkingMode, type JsonValue, type ProviderPreset } from '../providers/index.js';
import { buildTitleSetup, titlesNeedOwnEntry } from './title-entry.js';
import type { EndpointTarget } from './endpoint-target.js';
import type { EntryValue } from './yaml-entry.js';

/** What the user asked for on the command line; `undefined` means "not given". */
export interface EndpointRequest {
  preset: ProviderPreset;
  name?: string;
  region?: string;
  baseUrl?: string;
  models?: string[];
  /** `--add-model`: ids appended to an existing list (or the list of a new entry). */
  addModels?: string[];
  /** `--replace-models`: `--models` replaces an existing list. */
  replaceModels?: boolean;
  titleModel?: string;
  thinking?: boolean;
  fetch?: boolean;
  apiKeyEnv?: string;
}

/** Something the user should know about the generated entry (data; words chosen by the formatter). */
export interface Notice {
  code:
    | 'unknown-model'
    | 'reasoning-title-model'
    | 'no-thinking-switch'
    | 'thinking-switch-mixed'
    | 'titles-own-entry'
    | 'titles-off'
    | 'reasoning-key-unsupported'
    | 'fetch-unverified'
    | 'key-alias-reused'
    | 'openai-key-reference'
    | 'openai-key-foreign'
    | 'openai-models-foreign'
    | 'openai-thinking-unavailable'
    | 'openai-models-replace'
    | 'plaintext-api-key'
    | 'models-exist';
  message: string;
}

export interface BuiltEntry {
  entry: EntryValue;
  /** A second entry that serves the first one's titles (`titleEndpoint`), when thinking breaks them. */
  titleEntry?: EntryValue;
  notices: Notice[];
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The entry name: `--name`, else the preset id; reserved LibreChat names are refused. */
export function chooseName(request: EndpointRequest, target: EndpointTarget): string {
  const name = (request.name ?? (request.preset.requiresBaseUrl ? '' : request.preset.id)).trim();
  if (name === '') throw new UsageError({ code: 'add-endpoint.needs-name', params: { preset: request.preset.id } });
  const clash = target.reservedEndpointNames.find((reserved) => reserved.toLowerCase() === name.toLowerCase());
  if (clash) {
    throw new UsageError({ code: 'add-endpoint.reserved-name', params: { name, builtIn: clash } });
  }
  return name;
}

/** The variable the key lives in: `--api-key-env`, the preset's, or `<NAME>_API_KEY` for generic servers. */
export function chooseKeyVariable(request: EndpointRequest, name: string): string | null {
  const chosen = request.apiKeyEnv ?? request.preset.apiKeyEnv ?? (request.preset.placeholderApiKey ? null : `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY`);
  if (chosen !== null && !ENV_NAME.test(chosen)) throw new UsageError({ code: 'add-endpoint.env-name', params: { name: chosen } });
  return chosen;
}

export function chooseBaseUrl(request: EndpointRequest): string {
  if (request.baseUrl !== undefined) {
    if (!/^https?:\/\/[^\s]+$/.test(request.baseUrl) && !/\$\{[A-Za-z_][A-Za-z0-9_]*\}/.test(request.baseUrl)) {
      throw new UsageError({ code: 'add-endpoint.base-url', params: { url: request.baseUrl } });
    }
    // librechat.yaml is committed and mounted everywhere: a password inside the URL would leak with it.
    if (/^https?:\/\/[^\s/@]*@/i.test(request.baseUrl)) {
      throw new UsageError({ code: 'add-endpoint.base-url-credentials', params: {} });
    }
    return request.baseUrl.replace(/\/+$/, '');
  }
  if (request.preset.requiresBaseUrl) throw new UsageError({ code: 'add-endpoint.needs-base-url', params: { preset: request.preset.id } });
  return resolveBaseUrl(request.preset, request.region).baseURL;
}

/** A fresh entry for the request; `keyReference` is the variable `apiKey` points at. */
export function buildEntry(request: EndpointRequest, target: EndpointTarget, name: string, keyReference: string | null): BuiltEntry {
  const { preset } = request;
  const notices: Notice[] = [];
  const chosen = request.models !== undefined || request.addModels !== undefined ? [...(request.models ?? []), ...(request.addModels ?? [])] : undefined;
  const models = chosen ?? preset.defaultModels;
  if (models.length === 0) throw new UsageError({ code: 'add-endpoint.needs-models', params: { preset: preset.id } });
  const known = knownModels(preset);
  if (!preset.requiresBaseUrl) {
    for (const model of models.filter((m) => !known.includes(m))) {
      notices.push({ code: 'unknown-model', message: `model '${model}' is not in the ${preset.label} preset; check the id against GET /models` });
    }
  }
  const titleModel = request.titleModel ?? (preset.titleModel || models[0]!);
  if (isReasoningModel(preset, titleModel)) {
    notices.push({ code: 'reasoning-title-model', message: `titleModel '${titleModel}' always thinks; titles may come out empty or slow` });
  }
  const entry: EntryValue = {
    name,
    apiKey: keyReference === null ? (preset.placeholderApiKey ?? 'none') : `\${${keyReference}}`,
    baseURL: chooseBaseUrl(request),
    // Models the admin chose are the list: fetching would show the provider's whole catalogue (LibreChat #7022).
    models: { default: models, fetch: request.fetch ?? (chosen === undefined && (preset.modelsEndpoint === 'openai' || preset.modelsEndpoint === 'keyless')) },
    titleConvo: true,
    titleModel,
    modelDisplayLabel: preset.requiresBaseUrl ? name : preset.label,
  };
  if (request.fetch === true && (preset.modelsEndpoint === 'unknown' || preset.modelsEndpoint === 'none')) {
    notices.push({ code: 'fetch-unverified', message: `${preset.label} is not known to serve an OpenAI-shaped GET /models; LibreChat falls back to models.default if it fails` });
  }
  const addParams = thinkingParams(request, models, notices);
  if (addParams) entry.addParams = addParams;
  if (preset.dropParams.length > 0) entry.dropParams = dropParamSpellings(preset.dropParams, target.librechatVersion);
  const titles = titlesNeedOwnEntry(preset, addParams) ? buildTitleSetup(preset, entry, target, notices) : undefined;
  if (titles) Object.assign(entry, titles.main);
  if (preset.reasoningKey) {
    if (target.customParamsKeys.includes('reasoningKey')) entry.customParams = { reasoningKey: preset.reasoningKey };
    else notices.push({ code: 'reasoning-key-unsupported', message: `LibreChat ${target.librechatVersion} has no customParams.reasoningKey; ${preset.label} streams thinking as "${preset.reasoningKey}", which this version may not show` });
  }
  return { entry, ...(titles?.titleEntry ? { titleEntry: titles.titleEntry } : {}), notices };
}

/** `--thinking`/`--no-thinking`, else the switch's `on` when a chosen model thinks only when asked. */
function thinkingParams(request: EndpointRequest, models: readonly string[], notices: Notice[]): Record<string, JsonValue> | undefined {
  const { preset, thinking } = request;
  const wanted = thinking ?? (needsThinkingSwitch(preset, models) ? true : undefined);
  if (wanted === undefined) return undefined;
  const params = wanted ? preset.thinking?.on : preset.thinking?.off;
  if (!params) {
    notices.push({ code: 'no-thinking-switch', message: `${preset.label} has no documented request field to turn thinking ${wanted ? 'on' : 'off'}; nothing was added` });
    return undefined;
  }
  const withoutSwitch = preset.thinking?.rejectedByPlainModels ? models.filter((m) => thinkingMode(preset, m) === 'never') : [];
  if (withoutSwitch.length > 0) {
    notices.push({
      code: 'thinking-switch-mixed',
      message: `${preset.label} answers 400 when ${Object.keys(params).join(', ')} reaches a model without the switch (${withoutSwitch.join(', ')}): add those as a second entry, e.g. --name ${preset.id}-plain --models ${withoutSwitch.join(',')}`,
    });
  }
  return params;
}

/** Top-level body keys any of the preset's thinking switches set. */
export function thinkingKeys(preset: ProviderPreset): string[] {
  return [...new Set([...Object.keys(preset.thinking?.on ?? {}), ...Object.keys(preset.thinking?.off ?? {})])];
}
