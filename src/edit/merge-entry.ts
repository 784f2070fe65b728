import { isDeepStrictEqual } from 'node:util';
import { thinkingKeys, type EndpointRequest } from './build-entry.js';
import { nextModelList } from './model-list.js';
import type { EntryValue } from './yaml-entry.js';

/** One top-level field of an entry that a run changes. */
export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Updates an existing entry with a freshly built one. What the user named on the command line
 * wins; preset defaults only fill fields the entry lacks, so hand edits (a curated model list,
 * extra headers, an icon) survive a re-run.
 */
export function mergeEntry(existing: EntryValue, generated: EntryValue, request: EndpointRequest): EntryValue {
  const merged: EntryValue = { ...existing };
  /** Takes the generated value when the user asked for it, or when the entry has none. */
  const take = (key: string, askedFor = false) => {
    if (askedFor || merged[key] === undefined) merged[key] = generated[key];
  };
  take('name');
  take('apiKey', request.apiKeyEnv !== undefined);
  take('baseURL', request.region !== undefined || request.baseUrl !== undefined);
  merged.models = mergeModels(existing.models, generated.models as Plain, request, String(existing.name ?? generated.name));
  take('titleConvo', generated.titleConvo === false);
  take('titleModel', request.titleModel !== undefined);
  if (generated.titleEndpoint !== undefined) take('titleEndpoint', true);
  take('modelDisplayLabel');
  setOrDelete(merged, 'addParams', mergeAddParams(existing.addParams, generated.addParams, request));
  setOrDelete(merged, 'dropParams', mergeList(existing.dropParams, generated.dropParams));
  setOrDelete(merged, 'customParams', mergeObject(existing.customParams, generated.customParams));
  return merged;
}

function mergeModels(existing: unknown, generated: Plain, request: EndpointRequest, name: string): Plain {
  if (!isPlain(existing)) return generated;
  const merged: Plain = { ...existing };
  const current = Array.isArray(existing.default) ? existing.default.map(String) : [];
  merged.default = current.length === 0 ? generated.default : nextModelList(current, request, name);
  // A list the admin just chose replaces fetching, as on a new entry; appending keeps the setting.
  const listChosen = request.models !== undefined && request.addModels === undefined;
  if (request.fetch !== undefined || existing.fetch === undefined || listChosen) merged.fetch = generated.fetch;
  return merged;
}

function mergeAddParams(existing: unknown, generated: unknown, request: EndpointRequest): Plain | undefined {
  const merged: Plain = isPlain(existing) ? { ...existing } : {};
  const fresh = isPlain(generated) ? generated : {};
  if (request.thinking !== undefined) {
    for (const key of thinkingKeys(request.preset)) delete merged[key];
    Object.assign(merged, fresh);
  } else {
    for (const [key, value] of Object.entries(fresh)) if (!(key in merged)) merged[key] = value;
  }
  return Object.keys(merged).length > 0 || isPlain(existing) ? merged : undefined;
}

function mergeList(existing: unknown, generated: unknown): unknown[] | undefined {
  const base = Array.isArray(existing) ? [...(existing as unknown[])] : [];
  for (const item of Array.isArray(generated) ? generated : []) if (!base.includes(item)) base.push(item);
  return base.length > 0 || Array.isArray(existing) ? base : undefined;
}

function mergeObject(existing: unknown, generated: unknown): Plain | undefined {
  if (!isPlain(generated)) return isPlain(existing) ? existing : undefined;
  return { ...generated, ...(isPlain(existing) ? existing : {}) };
}

function setOrDelete(target: EntryValue, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** The top-level fields that differ, in the order of the new entry. */
export function diffEntries(before: EntryValue | undefined, after: EntryValue): FieldChange[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])];
  return keys
    .filter((key) => !isDeepStrictEqual(before?.[key], after[key]))
    .map((key) => ({ key, before: before?.[key], after: after[key] }));
}
