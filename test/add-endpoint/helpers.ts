import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { listTargets, type SchemaTarget } from '../../src/schema/targets.js';

const require = createRequire(import.meta.url);

/** LibreChat parses YAML with js-yaml; tests read generated files the same way. */
const jsYaml = require('js-yaml') as { load: (text: string) => unknown };

interface ZodLike {
  strict: () => { safeParse: (value: unknown) => { success: boolean; error?: { issues: unknown[] } } };
}

/** LibreChat's own `configSchema` for a target, from the librechat-data-provider package it was generated from. */
export function libreChatConfigSchema(target: SchemaTarget): ZodLike {
  const alias = target.packageSpec.replace('librechat-data-provider@', 'ldp-');
  return (require(alias) as { configSchema: ZodLike }).configSchema;
}

/** What LibreChat's loader does with the file: js-yaml, then `configSchema.strict().safeParse`. */
export function validateAsLibreChat(text: string, target: SchemaTarget): { success: boolean; issues: unknown[] } {
  const result = libreChatConfigSchema(target).strict().safeParse(jsYaml.load(text.replace(/^\ufeff/, '')));
  return { success: result.success, issues: result.error?.issues ?? [] };
}

export const targets: SchemaTarget[] = listTargets();

export function fixture(name: string): Promise<string> {
  return readFile(fileURLToPath(new URL(`../fixtures/add-endpoint/${name}`, import.meta.url)), 'utf8');
}

/**
 * Splits `after` into the part copied from `before` and the part that is new: the common head
 * and tail. A pure insertion leaves nothing of `before` unaccounted for.
 */
export function changedRegion(before: string, after: string): { removed: string; inserted: string; at: number } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { removed: before.slice(head, before.length - tail), inserted: after.slice(head, after.length - tail), at: head };
}
