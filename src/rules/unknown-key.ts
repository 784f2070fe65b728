import { decodePointer } from '../core/json-pointer.js';
import type { LoadedYaml } from '../config/load-yaml.js';
import { replaceScalarEdit } from '../config/yaml-edits.js';
import { findUnknownKeys, type UnknownKey } from '../schema/check-schema.js';
import { displayPath } from '../schema/describe-schema-error.js';
import { suggestKey } from '../schema/suggest-key.js';
import { asFix } from './support.js';
import type { Rule, RuleReport } from './types.js';

/** Custom endpoint fields the `legacy-field` rule explains; reporting them twice helps nobody. */
const LEGACY_CUSTOM_FIELDS = new Set(['summarize', 'summaryModel', 'forcePrompt', 'customOrder']);
const CUSTOM_ENTRY = /^\/endpoints\/custom\/\d+$/;
/** Without these a custom endpoint is dropped at runtime, so a misspelling costs the whole endpoint. */
const REQUIRED_CUSTOM_FIELDS = new Set(['name', 'apiKey', 'baseURL', 'models']);

/**
 * Keys inside objects LibreChat strips without a word (a custom endpoint entry, `models`,
 * `interface`, `registration`...): `apikey:` instead of `apiKey:` silently loses the key.
 */
export const unknownKey: Rule = {
  id: 'unknown-key',
  defaultSeverity: 'warn',
  description: 'A key LibreChat accepts but silently drops (typos in custom endpoints and other non-strict objects), with did-you-mean.',
  check(context) {
    const value = context.config?.value;
    if (value === undefined) return [];
    return findUnknownKeys(value, context.target)
      .filter((found) => !(CUSTOM_ENTRY.test(found.parent) && LEGACY_CUSTOM_FIELDS.has(found.key)))
      .map((found) => ({ ...describeUnknownKey(found, value), ...renameFix(context.config!, found, value) }));
  },
};

function describeUnknownKey(found: UnknownKey, root: unknown): RuleReport {
  const suggestion = suggestKey(found.key, found.allowedKeys);
  const params = {
    key: found.key,
    ...(found.parent === '' ? {} : { parent: displayPath(found.parent, root) }),
    ...(suggestion ? { suggestion } : {}),
    allowedKeys: found.allowedKeys,
    misplacedDefault: !suggestion && found.key === 'default' && found.allowedKeys.includes('models'),
  };
  const dropped = droppedEndpoint(found, suggestion, root);
  return dropped
    ? // Costing the whole endpoint is an error, as endpoint-dropped reports a missing field.
      { file: 'config', pointer: found.pointer, target: 'key', severity: 'error', code: 'unknown-key.drops-endpoint', params: { ...params, suggestion: suggestion!, ...dropped } }
    : { file: 'config', pointer: found.pointer, target: 'key', code: 'unknown-key', params };
}

/** Worse than "ignored": the misspelled field is one the endpoint cannot live without, so the endpoint is dropped. */
function droppedEndpoint(found: UnknownKey, suggestion: string | undefined, root: unknown): { endpoint?: string } | undefined {
  if (!suggestion || !CUSTOM_ENTRY.test(found.parent) || !REQUIRED_CUSTOM_FIELDS.has(suggestion)) return undefined;
  const entry = valueAt(root, found.parent);
  if (entry[suggestion] !== undefined) return undefined;
  return typeof entry.name === 'string' ? { endpoint: entry.name } : {};
}

/** A did-you-mean with one candidate is renamed in place, unless the object already has that key. */
function renameFix(loaded: LoadedYaml, found: UnknownKey, root: unknown): Pick<RuleReport, 'autofix' | 'noFix'> {
  const suggestion = suggestKey(found.key, found.allowedKeys);
  if (!suggestion) return {};
  if (valueAt(root, found.parent)[suggestion] !== undefined) return { noFix: 'key-exists' };
  return asFix(replaceScalarEdit(loaded, found.pointer, suggestion, 'key'));
}

function valueAt(root: unknown, pointer: string): Record<string, unknown> {
  let node = root;
  for (const segment of decodePointer(pointer)) node = (node as Record<string, unknown> | undefined)?.[segment];
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
}
