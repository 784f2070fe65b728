import type { Diagnostic } from '../core/diagnostic.js';
import { encodePointer } from '../core/json-pointer.js';
import { condenseErrors, type SchemaError } from './condense-errors.js';
import { describeSchemaError, describeValue, displayPath, valueAt, type DescribeContext } from './describe-schema-error.js';
import { loadValidator, type SchemaFlavor, type SchemaNode } from './load-validator.js';
import { lineAcceptsBeyondJudge, refusalsByLine, topLevelKeysTheLineLacks, type LineRefusal } from './line-keys.js';
import { readSchemaJson, type JudgeTarget, type SchemaTarget } from './targets.js';

/**
 * LibreChat's own verdict on a parsed librechat.yaml: the generated validator of the chosen
 * LibreChat line, with ajv's errors condensed to one clear finding per problem.
 */
export function checkSchema(value: unknown, target: SchemaTarget | JudgeTarget, file: string): Diagnostic[] {
  const refused = 'line' in target ? refusedByLine(value, target, file) : [];
  if (passesLint(value, target)) return refused;
  const errors = runValidator(value, target, 'faithful');
  const context = describeContext(value, target, 'faithful');
  const linesOwn = judgedLineAccepts(value, target);
  const judged = errors.flatMap((error) => {
    const description = describeSchemaError(error, context);
    if (linesOwn(description.pointer)) return [];
    return {
      ruleId: 'schema',
      severity: 'error' as const,
      file,
      pointer: description.pointer,
      ...(description.target ? { target: description.target } : {}),
      code: description.code,
      params: description.params,
    };
  });
  return [...refused, ...judged];
}

/** What the judge accepts but the judged line's own schema refuses, worded as the judge's own findings. */
function refusedByLine(value: unknown, target: JudgeTarget, file: string): Diagnostic[] {
  const refusals = refusalsByLine(target.line.id, value);
  if (refusals.length === 0) return [];
  const lacking = new Set(topLevelKeysTheLineLacks(target.line.id));
  const topLevel = describeContext(value, target, 'faithful').allowedKeys('').filter((key) => !lacking.has(key));
  return refusals.map((refusal) => ({ ruleId: 'schema', severity: 'error', file, pointer: encodePointer(refusal.segments), ...describeRefusal(refusal, value, topLevel) }));
}

function describeRefusal(refusal: LineRefusal, root: unknown, topLevel: string[]): Pick<Diagnostic, 'target' | 'code' | 'params'> {
  if (refusal.kind === 'type') {
    const path = displayPath(encodePointer(refusal.segments), root);
    return { target: 'value', code: 'schema.type', params: { path, types: [refusal.expected], values: [], actual: describeValue(refusal.value) } };
  }
  const parent = encodePointer(refusal.segments.slice(0, -1));
  const key = refusal.segments[refusal.segments.length - 1]!;
  const rejectsFile = parent === '' ? { rejectsFileAllowed: topLevel } : {};
  return { target: 'key', code: 'schema.unknown-key', params: { key, parent: displayPath(parent, root), underEndpoints: false, ...rejectsFile } };
}

/** A judged line's own schema may accept more than the schema judging it (see line-keys.ts). */
function judgedLineAccepts(value: unknown, target: SchemaTarget | JudgeTarget): (pointer: string) => boolean {
  return 'line' in target ? lineAcceptsBeyondJudge(target.line.id, value) : () => false;
}

/** A key LibreChat accepts and then silently drops (the object strips unknown keys). */
export interface UnknownKey {
  /** Pointer of the key itself. */
  pointer: string;
  /** Pointer of the object holding it. */
  parent: string;
  key: string;
  /** Keys that object does know, for did-you-mean. */
  allowedKeys: string[];
}

/** Keys the lint schema rejects but the faithful one accepts. */
export function findUnknownKeys(value: unknown, target: SchemaTarget | JudgeTarget): UnknownKey[] {
  if (passesLint(value, target)) return [];
  const linesOwn = judgedLineAccepts(value, target);
  const rejectedByLibreChat = new Set(
    runValidator(value, target, 'faithful')
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => keyPointer(e)),
  );
  const context = describeContext(value, target, 'lint');
  const found = new Map<string, UnknownKey>();
  for (const error of runValidator(value, target, 'lint')) {
    if (error.keyword !== 'additionalProperties') continue;
    const pointer = keyPointer(error);
    if (rejectedByLibreChat.has(pointer) || found.has(pointer) || linesOwn(pointer)) continue;
    const key = String((error.params as Record<string, unknown>).additionalProperty);
    const allowedKeys = context.allowedKeys(error.schemaPath.replace(/\/additionalProperties$/, ''));
    found.set(pointer, { pointer, parent: error.instancePath, key, allowedKeys });
  }
  return [...found.values()];
}

/**
 * The lint schema is the faithful one with strip-objects closed, so a value it accepts LibreChat
 * accepts too: a clean config never loads the second validator (~40 ms of start-up).
 */
function passesLint(value: unknown, target: SchemaTarget): boolean {
  return loadValidator(target, 'lint').validate(value);
}

function keyPointer(error: SchemaError): string {
  return error.instancePath + encodePointer([String((error.params as Record<string, unknown>).additionalProperty)]);
}

function runValidator(value: unknown, target: SchemaTarget, flavor: SchemaFlavor): SchemaError[] {
  const { validate, functions } = loadValidator(target, flavor);
  if (validate(value)) return [];
  const overlap = (branchSchemaPath: string, instancePath: string): number => {
    const declared = resolveSchemaPath(target, flavor, branchSchemaPath)?.properties ?? {};
    const actual = valueAt(value, instancePath);
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return 0;
    return Object.keys(actual).filter((key) => key in declared).length;
  };
  return condenseErrors(validate.errors ?? [], functions, overlap);
}

function describeContext(value: unknown, target: SchemaTarget, flavor: SchemaFlavor): DescribeContext {
  return {
    value,
    configVersion: target.configVersion,
    allowedKeys: (schemaPath) => {
      const properties = resolveSchemaPath(target, flavor, schemaPath)?.properties;
      return properties ? Object.keys(properties) : [];
    },
    schemaAt: (schemaPath) => resolveSchemaPath(target, flavor, schemaPath),
  };
}

const committedSchemas = new Map<string, SchemaNode>();

/**
 * Walks an (un-hoisted, ref-inlined) `schemaPath` through the committed schema, following `$ref`s
 * transparently: that is exactly the tree the validator was generated from.
 */
function resolveSchemaPath(target: SchemaTarget, flavor: SchemaFlavor, schemaPath: string): SchemaNode | undefined {
  const file = flavor === 'lint' ? target.lintSchemaFile : target.schemaFile;
  let root = committedSchemas.get(file);
  if (!root) {
    root = readSchemaJson<SchemaNode>(file);
    committedSchemas.set(file, root);
  }
  let node: unknown = followRefs(root, root);
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = followRefs(root, (node as Record<string, unknown>)[segment]);
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

function followRefs(root: SchemaNode, node: unknown): unknown {
  for (let hops = 0; hops < 32 && isRef(node); hops++) {
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  }
  return node;
}

function isRef(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string';
}
