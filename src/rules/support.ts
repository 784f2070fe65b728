import type { LoadedEnv } from '../env/load-env.js';
import { encodePointer } from '../core/json-pointer.js';
import type { ValidateFinding } from '../validate/findings.js';
import type { YamlEdit } from '../config/yaml-edits.js';
import type { EnvEdit } from '../env/env-edits.js';
import type { RuleContext, RuleLocation, RuleReport } from './types.js';

/** Shared reading helpers for rules: walking the plain YAML value and pointing at .env keys. */

export type PathSegment = string | number;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One `endpoints.custom[]` item that is an object, with its pointer. */
export interface CustomEndpoint {
  index: number;
  pointer: string;
  entry: Record<string, unknown>;
}

export function listCustomEndpoints(config: unknown): CustomEndpoint[] {
  const endpoints = isRecord(config) ? config.endpoints : undefined;
  const custom = isRecord(endpoints) ? endpoints.custom : undefined;
  if (!Array.isArray(custom)) return [];
  const found: CustomEndpoint[] = [];
  custom.forEach((entry, index) => {
    if (isRecord(entry)) found.push({ index, pointer: encodePointer(['endpoints', 'custom', index]), entry });
  });
  return found;
}

/** The fields `loadCustomEndpointsConfig` requires; an entry without any of them is dropped. */
export const REQUIRED_ENDPOINT_FIELDS = ['name', 'apiKey', 'baseURL', 'models'] as const;

/** A required field, or `models-source`: a `models` block with neither `fetch` nor `default`. */
export type MissingEndpointField = (typeof REQUIRED_ENDPOINT_FIELDS)[number] | 'models-source';

/** What an entry lacks for LibreChat to keep it (empty when it is kept). */
export function listMissingEndpointFields(entry: Record<string, unknown>): MissingEndpointField[] {
  const missing: MissingEndpointField[] = REQUIRED_ENDPOINT_FIELDS.filter((field) => !entry[field]);
  const { models } = entry;
  if (isRecord(models) && !models.fetch && !models.default) missing.push('models-source');
  return missing;
}

/** A string leaf of the YAML value and where it is. */
export interface StringLeaf {
  path: PathSegment[];
  value: string;
}

/** Every string leaf under `value` (map values and sequence items; keys are not leaves). */
export function collectStrings(value: unknown, path: PathSegment[] = []): StringLeaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, [...path, index]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => collectStrings(item, [...path, key]));
  return [];
}

/** Model ids of a `models.default` list (strings, or `{ name }` objects in v0.8+). */
export function listModelNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (isRecord(item) && typeof item.name === 'string') return [item.name];
    return [];
  });
}

/** LibreChat's `splitAndTrim`: split on commas, trim, drop empty items. */
export function splitAndTrim(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A finding about a .env key, located at the line that wins (dotenv keeps the last duplicate).
 * When the process environment sets the key, LibreChat never sees the .env line (dotenv does
 * not override), so the finding names the environment and carries no range.
 */
export function reportEnvKey(context: RuleContext, key: string, report: EnvFinding): RuleReport {
  const { env, environment } = context;
  const entry = env.entries.findLast((e) => e.key === key);
  const fromFile = entry !== undefined && env.values[key] === environment[key];
  if (fromFile) return { file: 'env', pointer: encodePointer([key]), range: entry.range, ...report };
  // The catalog adds "(KEY is set in the process environment)" to any finding with `processEnvKey`.
  return { file: 'env', pointer: encodePointer([key]), ...report, params: { ...report.params, processEnvKey: key } } as unknown as RuleReport;
}

/** A finding about the .env file's own line for `key` (the last one), whatever the process environment says. */
export function reportEnvLine(env: LoadedEnv, key: string, report: EnvFinding): RuleReport {
  const entry = env.entries.findLast((e) => e.key === key);
  return { file: 'env', pointer: encodePointer([key]), ...(entry ? { range: entry.range } : {}), ...report } as RuleReport;
}

/** What a .env rule reports about a key: a finding (code and parameters) and optionally its own severity. */
type EnvFinding = ValidateFinding & Pick<RuleLocation, 'severity' | 'autofix' | 'noFix'>;

/** LibreChat's `isEnabled`: boolean true or the string `true`, case-insensitive, trimmed. */
export function isEnabled(value: string | undefined): boolean {
  return typeof value === 'string' && value.toLowerCase().trim() === 'true';
}

/** An edit result as the fix fields of a finding: the edits, or why there are none. */
export function asFix(edit: YamlEdit | EnvEdit): Pick<RuleReport, 'autofix' | 'noFix'> {
  return 'edits' in edit ? { autofix: { edits: edit.edits } } : { noFix: edit.noFix };
}
