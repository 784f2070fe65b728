import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { readSchemaJson } from '../schema/targets.js';

/** The hand-written schema of .env variables (`schemas/env.schema.json`). */
export const ENV_SCHEMA_FILE = 'env.schema.json';

/** One variable whose value breaks the schema. */
export interface EnvSchemaIssue {
  key: string;
  message: string;
  hint?: string;
}

interface PropertySchema {
  $ref?: string;
  pattern?: string;
  enum?: string[];
  'x-hint'?: string;
}

interface EnvSchema {
  $defs: Record<string, PropertySchema>;
  properties: Record<string, PropertySchema>;
}

let compiled: { schema: EnvSchema; validate: ValidateFunction } | undefined;

function loadValidator(): { schema: EnvSchema; validate: ValidateFunction } {
  if (compiled) return compiled;
  const schema = readSchemaJson<EnvSchema>(ENV_SCHEMA_FILE);
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['x-hint']);
  compiled = { schema, validate: ajv.compile(schema) };
  return compiled;
}

/** The property schema with its `$ref` followed once (the schema only nests one level). */
export function resolveEnvProperty(key: string): PropertySchema | undefined {
  const { schema } = loadValidator();
  const property = schema.properties[key];
  const ref = property?.$ref?.replace('#/$defs/', '');
  return ref ? { ...schema.$defs[ref], ...property } : property;
}

/** Names of the variables the schema marks as read with `isEnabled`. */
export function listEnabledFlags(): string[] {
  const { schema } = loadValidator();
  return Object.keys(schema.properties).filter((key) => schema.properties[key]?.$ref === '#/$defs/isEnabledFlag');
}

/** Checks .env values against the schema; values never appear in the messages. */
export function checkEnvSchema(values: Record<string, string>): EnvSchemaIssue[] {
  const { validate } = loadValidator();
  if (validate(values)) return [];
  const issues = new Map<string, EnvSchemaIssue>();
  for (const error of validate.errors ?? []) {
    const key = error.instancePath.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!key || issues.has(key)) continue;
    const hint = resolveEnvProperty(key)?.['x-hint'];
    issues.set(key, { key, message: `${key} ${describeError(error)}`, ...(hint ? { hint } : {}) });
  }
  return [...issues.values()];
}

function describeError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'pattern':
      return 'does not have the expected format';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: string[] }).allowedValues.join(', ')}`;
    case 'minLength':
      return 'must not be empty';
    default:
      return error.message ?? 'is invalid';
  }
}
