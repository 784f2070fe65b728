import type { LocationTarget } from '../core/diagnostic.js';
import { decodePointer, encodePointer } from '../core/json-pointer.js';
import { maskSecret } from '../core/mask.js';
import { hasReference } from '../env/interpolate.js';
import type { SchemaError } from './condense-errors.js';
import { suggestKey } from './suggest-key.js';

/** What one schema error says, in words a LibreChat admin understands. */
export interface SchemaErrorDescription {
  pointer: string;
  target?: LocationTarget;
  message: string;
  hint?: string;
}

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

/** Known patterns of the generated schemas, in words (a pattern is a poor message). */
const PATTERN_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\[Ww\]\[Ss\]\[Ss\]\?/, 'a ws:// or wss:// URL'],
  [/\[Hh\]\[Tt\]\[Tt\]\[Pp\]/, 'an http://, https://, socks:// or socks5:// URL'],
  [/65\[0-4\]/, 'a host:port pair (for example localhost:11434)'],
  [/^\^\(\?:\(\?:0\|10\|127/, 'a private, loopback or link-local address'],
  [/^\^\\\.$/, 'a domain starting with a dot (".example.com")'],
];

export function describeSchemaError(error: SchemaError, context: DescribeContext): SchemaErrorDescription {
  const pointer = error.instancePath;
  const where = displayPath(pointer, context.value);
  const raw = valueAt(context.value, pointer);
  const actual = typeof raw === 'string' && SECRET_KEY.test(pointer.slice(pointer.lastIndexOf('/') + 1)) ? maskSecret(raw) : raw;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return describeUnknownKey(pointer, String(params.additionalProperty), error.schemaPath, context);
    case 'required': {
      const missing = String(params.missingProperty);
      if (missing === 'agent_id' && pointer.endsWith('/preset')) {
        return { pointer, target: 'key', message: `${where} needs an \`endpoint\` (or a non-empty \`agent_id\`)` };
      }
      const message = pointer === '' ? `the file is missing the required key \`${missing}\`` : `${where} is missing the required key \`${missing}\``;
      return { pointer, ...(pointer === '' ? {} : { target: 'key' as const }), message };
    }
    case 'type':
      return describeType(pointer, where, actual, String(params.type).split(','), [], context);
    case 'union': {
      const union = params as { types: string[]; values: unknown[] };
      return describeType(pointer, where, actual, union.types, union.values, context);
    }
    case 'enum':
      return describeEnum(pointer, where, actual, params.allowedValues as unknown[]);
    case 'const':
      return value(pointer, `${where} must be ${code(params.allowedValue)}, got ${code(actual)}`);
    case 'not':
      return describeNot(pointer, where, actual, context.schemaAt(error.schemaPath));
    case 'format':
      return value(pointer, `${where} must be a valid URL, got ${code(actual)}`);
    case 'pattern':
      return value(pointer, `${where} must be ${patternWords(String(params.pattern))}, got ${code(actual)}`);
    default:
      return value(pointer, `${where} ${describeLimit(error.keyword, params, actual)}`);
  }
}

function describeUnknownKey(pointer: string, key: string, schemaPath: string, context: DescribeContext): SchemaErrorDescription {
  const allowed = context.allowedKeys(schemaPath.replace(/\/additionalProperties$/, ''));
  const suggestion = suggestKey(key, allowed);
  const place = pointer === '' ? 'at the top level' : `in ${displayPath(pointer, context.value)}`;
  let message = `unknown key \`${key}\` ${place}`;
  if (suggestion) message += `: did you mean \`${suggestion}\`?`;
  else if (pointer === '/endpoints') message += ' (custom providers go under `endpoints.custom`)';
  const hint = pointer === '' || pointer === '/endpoints' ? `LibreChat rejects the whole file for an unknown key here; allowed: ${allowed.join(', ')}` : undefined;
  return { pointer: `${pointer}/${encodePointer([key]).slice(1)}`, target: 'key', message, ...(hint ? { hint } : {}) };
}

function describeType(pointer: string, where: string, actual: unknown, types: string[], values: unknown[], context: DescribeContext): SchemaErrorDescription {
  const expected = [...types.map(article), ...values.map(code)];
  const wanted = expected.length > 0 ? expected.join(' or ') : 'a different kind of value';
  if (pointer === '/version' && typeof actual === 'number') {
    return { pointer, target: 'value', message: `\`version\` must be a string: quote it ("${String(actual)}")`, hint: `the current config version of this LibreChat line is "${context.configVersion}"` };
  }
  const hint = typeHint(actual, types);
  return { pointer, target: 'value', message: `${where} must be ${wanted}, got ${describeValue(actual)}`, ...(hint ? { hint } : {}) };
}

/**
 * YAML already turned the text into a number, which may have changed it (a 22-digit id loses its
 * last digits and prints as 1.2e+22); only a short plain number is shown back as the example.
 */
function quoteHint(actual: number | boolean): string {
  const shown = String(actual);
  if (typeof actual === 'boolean' || /^-?\d{1,5}(\.\d{1,5})?$/.test(shown)) return `quote it: "${shown}"`;
  return 'put the value in quotes exactly as written: YAML read it as a number, which can change it (long ids lose digits)';
}

/** The usual slip behind a type error: quotes where a string is wanted, or quotes around a boolean/number. */
function typeHint(actual: unknown, types: string[]): string | undefined {
  if (types.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean')) return quoteHint(actual);
  if (typeof actual !== 'string') return undefined;
  const text = actual.trim();
  if (types.includes('boolean')) return /^(true|false)$/.test(text) ? `remove the quotes: ${text}` : 'write true or false, without quotes';
  if ((types.includes('number') || types.includes('integer')) && text !== '' && Number.isFinite(Number(text))) return `remove the quotes: ${text}`;
  return undefined;
}

function describeEnum(pointer: string, where: string, actual: unknown, allowed: unknown[]): SchemaErrorDescription {
  const list = allowed.map(code).join(', ');
  const message = `${where} must be one of ${list}, got ${code(actual)}`;
  if (typeof actual === 'string' && hasReference(actual)) {
    return { pointer, target: 'value', message, hint: 'LibreChat does not expand ${VAR} in this field; write the value itself' };
  }
  const caseMatch = typeof actual === 'string' ? allowed.find((v) => typeof v === 'string' && v.toLowerCase() === actual.toLowerCase()) : undefined;
  return { pointer, target: 'value', message, ...(caseMatch !== undefined ? { hint: `values are case-sensitive: write ${code(caseMatch)}` } : {}) };
}

function describeNot(pointer: string, where: string, actual: unknown, not: Record<string, unknown> | undefined): SchemaErrorDescription {
  const forbidden = Array.isArray(not?.enum) ? (not.enum as unknown[]) : undefined;
  if (pointer.endsWith('/name') && forbidden && typeof actual === 'string') {
    return { pointer, target: 'value', message: `${where} cannot be ${code(actual)}: that name is reserved for a built-in endpoint`, hint: 'give the custom endpoint another name, or configure the built-in endpoint under `endpoints` instead' };
  }
  if (forbidden?.includes('')) return value(pointer, `${where} must not be empty`);
  if (forbidden) return value(pointer, `${where} must not be ${forbidden.map(code).join(' or ')}`);
  if (typeof not?.pattern === 'string') return value(pointer, `${where} must not be ${patternWords(not.pattern)}, got ${code(actual)}`);
  return value(pointer, `${where} is not allowed here`);
}

function describeLimit(keyword: string, params: Record<string, unknown>, actual: unknown): string {
  const limit = Number(params.limit);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (keyword) {
    case 'minItems': return `must have at least ${plural(limit, 'item')}`;
    case 'maxItems': return `must have at most ${plural(limit, 'item')}`;
    case 'minProperties': return limit === 1 ? 'must not be empty: configure at least one entry' : `must have at least ${plural(limit, 'key')}`;
    case 'maxProperties': return `must have at most ${plural(limit, 'key')}`;
    case 'minLength': return limit === 1 ? 'must not be empty' : `must be at least ${plural(limit, 'character')} long`;
    case 'maxLength': return `must be at most ${plural(limit, 'character')} long`;
    case 'minimum': return `must be ${limit} or more, got ${code(actual)}`;
    case 'maximum': return `must be ${limit} or less, got ${code(actual)}`;
    case 'exclusiveMinimum': return `must be greater than ${limit}, got ${code(actual)}`;
    case 'exclusiveMaximum': return `must be less than ${limit}, got ${code(actual)}`;
    case 'multipleOf': return `must be a multiple of ${String(params.multipleOf)}`;
    case 'oneOf': return 'matches more than one allowed form; make it unambiguous';
    default: return `is invalid (${keyword})`;
  }
}

function value(pointer: string, message: string): SchemaErrorDescription {
  return { pointer, target: 'value', message };
}

function patternWords(pattern: string): string {
  return PATTERN_WORDS.find(([test]) => test.test(pattern))?.[1] ?? `text matching /${pattern}/`;
}

/** `/endpoints/custom/0/models` -> "`endpoints.custom[0].models`". */
export function displayPath(pointer: string, root: unknown): string {
  if (pointer === '') return 'the file';
  let node = root;
  let path = '';
  for (const segment of decodePointer(pointer)) {
    if (Array.isArray(node)) path += `[${segment}]`;
    else path += /^[A-Za-z_$][\w$-]*$/.test(segment) ? `${path ? '.' : ''}${segment}` : `[${JSON.stringify(segment)}]`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return `\`${path}\``;
}

export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of decodePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function article(type: string): string {
  const words: Record<string, string> = { array: 'an array', object: 'a map of keys', integer: 'an integer', null: 'null' };
  return words[type] ?? `a ${type}`;
}

function describeValue(actual: unknown): string {
  if (actual === undefined) return 'nothing (the document is empty)';
  if (actual === null) return 'an empty value (null)';
  if (Array.isArray(actual)) return 'an array';
  if (typeof actual === 'object') return 'a map of keys';
  if (typeof actual === 'string') return `a string (${code(actual)})`;
  return `${article(typeof actual)} (${String(actual)})`;
}

function code(v: unknown): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  const short = text !== undefined && text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `\`${short}\``;
}
