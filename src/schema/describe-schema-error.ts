import type { LocationTarget } from '../core/diagnostic.js';
import { decodePointer, encodePointer } from '../core/json-pointer.js';
import { maskSecret } from '../core/mask.js';
import { hasReference } from '../env/interpolate.js';
import type { PatternKind, TypeHint, ValidateFinding, ValueShape } from '../validate/findings.js';
import type { SchemaError } from './condense-errors.js';
import { suggestKey } from './suggest-key.js';

/** One schema error as a finding: a `schema.*` code with its parameters (`src/validate/findings.ts`). */
export type SchemaErrorDescription = { pointer: string; target?: LocationTarget } & Extract<ValidateFinding, { code: `schema.${string}` }>;

/** What the describer may look up: the checked value and the allowed keys of an object schema. */
export interface DescribeContext {
  value: unknown;
  configVersion: string;
  /** Property names the schema node at `schemaPath` declares. */
  allowedKeys(schemaPath: string): string[];
  /** The `not` subschema at `schemaPath`, for "must not be" messages. */
  schemaAt(schemaPath: string): Record<string, unknown> | undefined;
}

/** Fields whose values never appear unmasked in a message. */
const SECRET_KEY = /api[-_]?key|^key$|token|secret|password|credential/i;

/** Known patterns of the generated schemas, by name (a pattern is a poor message). */
const PATTERN_KINDS: ReadonlyArray<[RegExp, PatternKind]> = [
  [/\[Ww\]\[Ss\]\[Ss\]\?/, 'ws-url'],
  [/\[Hh\]\[Tt\]\[Tt\]\[Pp\]/, 'http-url'],
  [/65\[0-4\]/, 'host-port'],
  [/^\^\(\?:\(\?:0\|10\|127/, 'private-address'],
  [/^\^\\\.$/, 'dot-domain'],
];

export function describeSchemaError(error: SchemaError, context: DescribeContext): SchemaErrorDescription {
  const pointer = error.instancePath;
  const path = displayPath(pointer, context.value);
  const raw = valueAt(context.value, pointer);
  const actual = typeof raw === 'string' && SECRET_KEY.test(pointer.slice(pointer.lastIndexOf('/') + 1)) ? maskSecret(raw) : raw;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return describeUnknownKey(pointer, String(params.additionalProperty), error.schemaPath, context);
    case 'required': {
      const missing = String(params.missingProperty);
      if (missing === 'agent_id' && pointer.endsWith('/preset')) return { pointer, target: 'key', code: 'schema.preset-endpoint', params: { path } };
      return { pointer, ...(pointer === '' ? {} : { target: 'key' as const }), code: 'schema.required', params: { path, missing } };
    }
    case 'type':
      return describeType(pointer, path, actual, String(params.type).split(','), [], context);
    case 'union': {
      const union = params as { types: string[]; values: unknown[] };
      return describeType(pointer, path, actual, union.types, union.values, context);
    }
    case 'enum':
      return describeEnum(pointer, path, actual, params.allowedValues as unknown[]);
    case 'const':
      return { pointer, target: 'value', code: 'schema.const', params: { path, allowed: code(params.allowedValue), actual: code(actual) } };
    case 'not':
      return describeNot(pointer, path, actual, context.schemaAt(error.schemaPath));
    case 'format':
      return { pointer, target: 'value', code: 'schema.format-url', params: { path, actual: code(actual) } };
    case 'pattern':
      return { pointer, target: 'value', code: 'schema.pattern', params: { path, ...patternOf(String(params.pattern)), actual: code(actual) } };
    default:
      return { pointer, target: 'value', code: 'schema.limit', params: { path, keyword: error.keyword, limit: Number(params.limit ?? params.multipleOf), actual: code(actual) } };
  }
}

function describeUnknownKey(pointer: string, key: string, schemaPath: string, context: DescribeContext): SchemaErrorDescription {
  const allowed = context.allowedKeys(schemaPath.replace(/\/additionalProperties$/, ''));
  const suggestion = suggestKey(key, allowed);
  const rejectsFile = pointer === '' || pointer === '/endpoints';
  return {
    pointer: `${pointer}/${encodePointer([key]).slice(1)}`,
    target: 'key',
    code: 'schema.unknown-key',
    params: { key, parent: displayPath(pointer, context.value), ...(suggestion ? { suggestion } : {}), underEndpoints: pointer === '/endpoints', ...(rejectsFile ? { rejectsFileAllowed: allowed } : {}) },
  };
}

function describeType(pointer: string, path: string, actual: unknown, types: string[], values: unknown[], context: DescribeContext): SchemaErrorDescription {
  if (pointer === '/version' && typeof actual === 'number') {
    return { pointer, target: 'value', code: 'schema.version-number', params: { version: String(actual), configVersion: context.configVersion } };
  }
  const hint = typeHint(actual, types);
  return { pointer, target: 'value', code: 'schema.type', params: { path, types, values: values.map(code), actual: describeValue(actual), ...(hint ? { hint } : {}) } };
}

/**
 * The usual slip behind a type error: quotes where a string is wanted, or quotes around a
 * boolean/number. YAML already turned unquoted text into a number, which may have changed it (a
 * 22-digit id loses its last digits), so only a short plain number is shown back as the example.
 */
function typeHint(actual: unknown, types: string[]): TypeHint | undefined {
  if (types.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean')) {
    const shown = String(actual);
    return typeof actual === 'boolean' || /^-?\d{1,5}(\.\d{1,5})?$/.test(shown) ? { kind: 'quote', text: shown } : { kind: 'quote-as-written' };
  }
  if (typeof actual !== 'string') return undefined;
  const text = actual.trim();
  if (types.includes('boolean')) return /^(true|false)$/.test(text) ? { kind: 'unquote', text } : { kind: 'true-or-false' };
  if ((types.includes('number') || types.includes('integer')) && text !== '' && Number.isFinite(Number(text))) return { kind: 'unquote', text };
  return undefined;
}

function describeEnum(pointer: string, path: string, actual: unknown, allowed: unknown[]): SchemaErrorDescription {
  const params = { path, allowed: allowed.map(code), actual: code(actual) };
  if (typeof actual === 'string' && hasReference(actual)) return { pointer, target: 'value', code: 'schema.enum', params: { ...params, variable: true } };
  const caseMatch = typeof actual === 'string' ? allowed.find((v) => typeof v === 'string' && v.toLowerCase() === actual.toLowerCase()) : undefined;
  return { pointer, target: 'value', code: 'schema.enum', params: { ...params, ...(caseMatch !== undefined ? { caseMatch: code(caseMatch) } : {}) } };
}

function describeNot(pointer: string, path: string, actual: unknown, not: Record<string, unknown> | undefined): SchemaErrorDescription {
  const forbidden = Array.isArray(not?.enum) ? (not.enum as unknown[]) : undefined;
  if (pointer.endsWith('/name') && forbidden && typeof actual === 'string') return { pointer, target: 'value', code: 'schema.reserved-name', params: { path, name: code(actual) } };
  if (forbidden?.includes('')) return { pointer, target: 'value', code: 'schema.not-empty', params: { path } };
  if (forbidden) return { pointer, target: 'value', code: 'schema.not', params: { path, forbidden: forbidden.map(code) } };
  if (typeof not?.pattern === 'string') return { pointer, target: 'value', code: 'schema.not-pattern', params: { path, ...patternOf(not.pattern), actual: code(actual) } };
  return { pointer, target: 'value', code: 'schema.not-allowed', params: { path } };
}

function patternOf(pattern: string): { pattern: string; patternKind?: PatternKind } {
  const kind = PATTERN_KINDS.find(([test]) => test.test(pattern))?.[1];
  return { pattern, ...(kind ? { patternKind: kind } : {}) };
}

/** `/endpoints/custom/0/models` -> `endpoints.custom[0].models`; `''` (the whole file) for the root. */
export function displayPath(pointer: string, root: unknown): string {
  if (pointer === '') return '';
  let node = root;
  let path = '';
  for (const segment of decodePointer(pointer)) {
    if (Array.isArray(node)) path += `[${segment}]`;
    else path += /^[A-Za-z_$][\w$-]*$/.test(segment) ? `${path ? '.' : ''}${segment}` : `[${JSON.stringify(segment)}]`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of decodePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** What the value is, for "got ...": its kind, and its text for scalars. */
export function describeValue(actual: unknown): ValueShape {
  if (actual === undefined) return { kind: 'nothing' };
  if (actual === null) return { kind: 'null' };
  if (Array.isArray(actual)) return { kind: 'array' };
  if (typeof actual === 'object') return { kind: 'object' };
  if (typeof actual === 'string') return { kind: 'string', text: code(actual) };
  return { kind: typeof actual === 'boolean' ? 'boolean' : 'number', text: String(actual) };
}

/** A value as shown in a message: in backticks, cut at 60 characters. */
function code(v: unknown): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  const short = text !== undefined && text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `\`${short}\``;
}
