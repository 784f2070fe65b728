import { HandledError } from '../core/errors.js';
import { parseEnvText } from '../env/load-env.js';
import { parseYamlText } from '../config/load-yaml.js';
import { buildEntry, chooseKeyVariable, chooseName, type BuiltEntry, type EndpointRequest, type Notice } from './build-entry.js';
import type { EndpointTarget } from './endpoint-target.js';
import { applyEnvUpdates, type EnvChange, type EnvUpdate } from './env-edit.js';
import { diffEntries, mergeEntry, type FieldChange } from './merge-entry.js';
import { collectConfigSecrets } from './entry-secrets.js';
import { findEntry, writeEntry, type EntryValue } from './yaml-entry.js';
import { nextModelList } from './model-list.js';
import { knownModels, thinkingMode } from '../providers/index.js';

/**
 * The pure part of add-endpoint: from the current file texts and the request to the new texts.
 * No I/O, so it runs again unchanged on freshly re-read files under the lock.
 */

export type Method = 'custom' | 'openai';

/** The two files as read: text without BOM, `null` when the file does not exist. */
export interface Sources {
  config: { path: string; text: string | null; bom: boolean };
  env: { path: string; text: string | null; bom?: boolean };
}

export interface PlannedFile {
  path: string;
  kind: 'config' | 'env';
  before: string | null;
  after: string;
  bom: boolean;
}

export interface AddEndpointPlan {
  method: Method;
  name: string;
  /** What happens to the YAML entry (`unchanged` also when --method openai leaves YAML alone). */
  action: 'create-file' | 'add' | 'update' | 'unchanged';
  entry?: EntryValue;
  /** The entry that serves this one's titles (`titleEndpoint`), written beside it. */
  titleEntry?: { entry: EntryValue; action: 'add' | 'update' | 'unchanged' };
  changes: FieldChange[];
  env: EnvChange[];
  /** .env variables whose values may be shown (URLs, model lists, references). */
  publicEnvKeys: string[];
  keyVariable: string | null;
  /** The variable the written `apiKey` references (an alias holding the key, or the entry's own on update); null for a literal. */
  keyReference: string | null;
  notices: Notice[];
  /** Only files whose text changes. */
  files: PlannedFile[];
  /** Plain-text keys found in the config; every output masks them. */
  secrets: string[];
}

export function planAddEndpoint(request: EndpointRequest, method: Method, target: EndpointTarget, sources: Sources): AddEndpointPlan {
  const name = chooseName(request, target);
  const keyVariable = chooseKeyVariable(request, name);
  const envText = sources.env.text ?? '';
  const envValues = parseEnvText(sources.env.path, envText).values;
  const notices: Notice[] = [];
  const keyReference = chooseKeyReference(request, keyVariable, envValues, notices);
  const built = buildEntry(request, target, name, keyReference);
  notices.push(...built.notices);
  const label = request.preset.requiresBaseUrl ? name : request.preset.label;
  if (method === 'openai') {
    const envUpdates = keyLine(keyReference, label, name);
    return planOpenAi(request, { name, keyVariable, keyReference, entry: built.entry }, sources, envUpdates, notices);
  }
  const yaml = planYaml(sources.config, built, request, target);
  if (yaml.secrets.includes(String(yaml.entry.apiKey))) {
    notices.push({ code: 'plaintext-api-key', params: {} });
  }
  // After an update the entry may keep its own variable: the .env line follows what it references.
  const referenced = referencedVariable(yaml.entry.apiKey);
  const envEdit = applyEnvUpdates(envText, keyLine(referenced, label, String(yaml.entry.name)));
  return {
    method,
    name: String(yaml.entry.name),
    action: yaml.action,
    entry: yaml.entry,
    ...(yaml.titleEntry ? { titleEntry: yaml.titleEntry } : {}),
    changes: yaml.changes,
    env: envEdit.changes,
    publicEnvKeys: [],
    keyVariable,
    keyReference: referenced,
    notices,
    secrets: yaml.secrets,
    files: [
      ...(yaml.after !== sources.config.text ? [{ path: sources.config.path, kind: 'config' as const, before: sources.config.text, after: yaml.after, bom: sources.config.bom }] : []),
      ...envFile(sources.env, envEdit.text),
    ],
  };
}

/** `KEY=` for the variable the entry reads its key from, when .env lacks it (an alias holding the key is present). */
function keyLine(variable: string | null, label: string, entryName: string): EnvUpdate[] {
  if (variable === null) return [];
  return [{ key: variable, value: '', mode: 'if-absent', comment: `${label} API key, used by librechat.yaml (${entryName})` }];
}

function referencedVariable(apiKey: unknown): string | null {
  const match = typeof apiKey === 'string' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(apiKey.trim()) : null;
  return match ? match[1]! : null;
}

function chooseKeyReference(request: EndpointRequest, keyVariable: string | null, env: Record<string, string>, notices: Notice[]): string | null {
  if (keyVariable === null || request.apiKeyEnv !== undefined) return keyVariable;
  if (env[keyVariable]) return keyVariable;
  const alias = request.preset.apiKeyAliases.find((candidate) => Boolean(env[candidate]));
  if (alias === undefined) return keyVariable;
  notices.push({ code: 'key-alias-reused', params: { alias, keyVariable } });
  return alias;
}

interface YamlPlan {
  action: AddEndpointPlan['action'];
  entry: EntryValue;
  titleEntry?: AddEndpointPlan['titleEntry'];
  changes: FieldChange[];
  after: string;
  secrets: string[];
}

function planYaml(config: Sources['config'], built: BuiltEntry, request: EndpointRequest, target: EndpointTarget): YamlPlan {
  const text = config.text ?? '';
  const loaded = parseYamlText(config.path, text, config.bom);
  if (loaded.syntaxErrors.length > 0) {
    const first = loaded.syntaxErrors[0]!;
    throw new HandledError({ code: 'add-endpoint.invalid-yaml', params: { file: config.path, line: first.range?.line ?? 0, finding: { code: first.code, params: first.params } } });
  }
  const existing = findEntry(loaded.doc, String(built.entry.name));
  const entry = existing ? mergeEntry(existing.value, built.entry, request) : built.entry;
  const changes = diffEntries(existing?.value, entry);
  const secrets = collectConfigSecrets(loaded.value);
  const titles = built.titleEntry ? planTitleEntry(loaded.doc, built.titleEntry, request) : undefined;
  let after = existing && changes.length === 0 ? text : writeEntry(config.path, text, entry, target.configVersion);
  if (titles && titles.action !== 'unchanged') after = writeEntry(config.path, after, titles.entry, target.configVersion);
  if (after === text) return { action: 'unchanged', entry, ...(titles ? { titleEntry: titles } : {}), changes, after, secrets };
  const action = config.text === null || loaded.value === null || loaded.value === undefined ? 'create-file' : existing ? (changes.length === 0 ? 'unchanged' : 'update') : 'add';
  return { action, entry, ...(titles ? { titleEntry: titles } : {}), changes, after, secrets };
}

/** The title entry, merged like the main one; only the title model the admin names replaces its list. */
function planTitleEntry(doc: Parameters<typeof findEntry>[0], generated: EntryValue, request: EndpointRequest): NonNullable<AddEndpointPlan['titleEntry']> {
  const existing = findEntry(doc, String(generated.name));
  if (!existing) return { entry: generated, action: 'add' };
  const titleModel = request.titleModel;
  const titleRequest: EndpointRequest = { preset: request.preset, ...(titleModel ? { titleModel, models: [titleModel], replaceModels: true } : {}) };
  const entry = mergeEntry(existing.value, generated, titleRequest);
  return { entry, action: diffEntries(existing.value, entry).length === 0 ? 'unchanged' : 'update' };
}

interface OpenAiChoice {
  name: string;
  keyVariable: string | null;
  keyReference: string | null;
  entry: EntryValue;
}

function planOpenAi(request: EndpointRequest, choice: OpenAiChoice, sources: Sources, envUpdates: EnvUpdate[], notices: Notice[]): AddEndpointPlan {
  const { name, keyVariable, keyReference, entry } = choice;
  const label = request.preset.label;
  const env = parseEnvText(sources.env.path, sources.env.text ?? '').values;
  const existingModels = (env.OPENAI_MODELS ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const generated = (entry.models as { default: string[] }).default;
  const models = existingModels.length === 0 ? generated : nextModelList(existingModels, request);
  const apiKey = keyReference === null ? String(entry.apiKey) : `\${${keyReference}}`;
  envUpdates.push(
    { key: 'OPENAI_REVERSE_PROXY', value: String(entry.baseURL), mode: 'set', comment: `OpenAI endpoint pointed at ${label} (lc-doctor)` },
    { key: 'OPENAI_API_KEY', value: apiKey, mode: 'if-empty' },
    { key: 'OPENAI_MODELS', value: models.join(','), mode: 'set', comment: 'Replaces the default OpenAI model list and turns off model fetching' },
  );
  const envEdit = applyEnvUpdates(sources.env.text ?? '', envUpdates);
  notices.push(...methodOneNotices(request, env, apiKey, keyReference, models));
  return {
    method: 'openai',
    name,
    action: 'unchanged',
    changes: [],
    env: envEdit.changes,
    publicEnvKeys: ['OPENAI_REVERSE_PROXY', 'OPENAI_MODELS'],
    secrets: [],
    keyVariable,
    keyReference,
    notices,
    files: envFile(sources.env, envEdit.text),
  };
}

/**
 * Method one takes over the built-in OpenAI endpoint. A .env that already uses it (a real key,
 * its own model list) loses that, and what it keeps is sent to the new provider: say so, and
 * point at method two, a custom endpoint that leaves OpenAI alone.
 */
function methodOneNotices(request: EndpointRequest, env: Record<string, string>, apiKey: string, keyReference: string | null, models: string[]): Notice[] {
  const label = request.preset.label;
  const notices: Notice[] = [];
  const currentKey = (env.OPENAI_API_KEY ?? '').trim();
  const ownKey = currentKey === '' || currentKey === apiKey || currentKey === 'user_provided';
  if (!ownKey) {
    notices.push({
      code: 'openai-key-foreign',
      params: { provider: label },
    });
  } else if (keyReference !== null && currentKey !== 'user_provided') {
    notices.push({
      code: 'openai-key-reference',
      params: { keyReference },
    });
  }
  const known = knownModels(request.preset);
  const foreign = request.preset.requiresBaseUrl ? [] : models.filter((id) => !known.includes(id));
  if (foreign.length > 0 && (env.OPENAI_MODELS ?? '').trim() !== '') {
    const served = models.filter((id) => known.includes(id));
    const replacement = (served.length > 0 ? served : request.preset.defaultModels).join(',');
    notices.push({
      code: 'openai-models-foreign',
      params: { provider: label, models: foreign, replacement },
    });
  }
  const asking = models.filter((id) => thinkingMode(request.preset, id) === 'when-asked');
  if (asking.length > 0 && request.preset.thinking) {
    notices.push({
      code: 'openai-thinking-unavailable',
      params: { models: asking, switchOn: request.preset.thinking.on },
    });
  }
  notices.push({
    code: 'openai-models-replace',
    params: {},
  });
  return notices;
}

/** The .env as a planned file, unless its text stays the same (a missing file stays missing when nothing is added). */
function envFile(env: Sources['env'], after: string): PlannedFile[] {
  if (after === (env.text ?? '')) return [];
  return [{ path: env.path, kind: 'env', before: env.text, after, bom: env.bom ?? false }];
}
