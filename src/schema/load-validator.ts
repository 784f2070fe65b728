import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { requireWithCodeCache } from '../core/code-cache.js';
import { schemasDirectory, type SchemaTarget } from './targets.js';

/**
 * The validators are ajv standalone modules generated from the committed schemas by
 * `scripts/generate-schemas.mjs` (compiling the 0.8.8 schema at run time would cost ~0.5 s).
 */

/** A generated validator: ajv's standalone `ValidateFunction` shape. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
  /** Original schema path of each subschema the generator hoisted into its own function. */
  hoistedPaths: string[];
}

/** A JSON Schema node, read only to find property names and enum values for messages. */
export interface SchemaNode {
  [keyword: string]: unknown;
  properties?: Record<string, SchemaNode>;
}

export type SchemaFlavor = 'faithful' | 'lint';

/** A loaded validator plus what turns its function-relative `schemaPath`s into absolute ones. */
export interface LoadedValidator {
  validate: SchemaValidator;
  functions: HoistedFunction[];
}

/** One hoisted subschema: where it sits in the schema and which instance locations it checks. */
export interface HoistedFunction {
  schemaPath: string;
  /** Instance path segments; `null` matches any key or index. */
  pattern: (string | null)[];
}

const cache = new Map<string, LoadedValidator>();

/** Lazily loads (once per process) the validator of one target. */
export function loadValidator(target: SchemaTarget, flavor: SchemaFlavor): LoadedValidator {
  const file = validatorFile(target, flavor);
  let loaded = cache.get(file);
  if (!loaded) {
    // Through the code cache: V8 compiling the 1.3 MB 0.8.8 validator was ~12% of validate's start-up.
    const validate = requireWithCodeCache(join(schemasDirectory, file)).exports as SchemaValidator;
    loaded = { validate, functions: validate.hoistedPaths.map((schemaPath) => ({ schemaPath, pattern: instancePattern(schemaPath) })) };
    cache.set(file, loaded);
  }
  return loaded;
}

/**
 * ajv reports `schemaPath` relative to the function that raised the error. The generator hoists
 * only subschemas with a distinct instance location, so the deepest hoisted function whose
 * location is a prefix of the error's `instancePath` raised it.
 */
export function absoluteSchemaPath(functions: readonly HoistedFunction[], instancePath: string, schemaPath: string): string {
  const segments = instancePath === '' ? [] : instancePath.slice(1).split('/');
  let best: HoistedFunction | undefined;
  for (const fn of functions) {
    if (fn.pattern.length > segments.length) continue;
    if (!fn.pattern.every((p, i) => p === null || p === segments[i])) continue;
    if (!best || fn.pattern.length > best.pattern.length || (fn.pattern.length === best.pattern.length && literalCount(fn) > literalCount(best))) best = fn;
  }
  return best ? best.schemaPath + schemaPath.slice(1) : schemaPath;
}

function literalCount(fn: HoistedFunction): number {
  return fn.pattern.filter((p) => p !== null).length;
}

/** `#/properties/endpoints/properties/custom/items` -> `['endpoints', 'custom', null]`. */
function instancePattern(schemaPath: string): (string | null)[] {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean);
  const pattern: (string | null)[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'properties') pattern.push(decodeURIComponent(parts[++i] ?? '').replace(/~1/g, '/').replace(/~0/g, '~'));
    else if (parts[i] === 'patternProperties') { i++; pattern.push(null); }
    else if (parts[i] === 'items' || parts[i] === 'additionalProperties') pattern.push(null);
  }
  return pattern;
}

/** Mirrors `validatorFileName` in scripts/generate-schemas.mjs. */
export function validatorFile(target: SchemaTarget, flavor: SchemaFlavor): string {
  return (flavor === 'lint' ? target.lintSchemaFile : target.schemaFile).replace(/\.schema\.json$/, '.validate.cjs');
}
