import { findUnknownKeys, type UnknownKey } from '../schema/check-schema.js';
import { displayPath } from '../schema/describe-schema-error.js';
import { suggestKey } from '../schema/suggest-key.js';
import type { Rule, RuleReport } from './types.js';

/** Custom endpoint fields the `legacy-field` rule explains; reporting them twice helps nobody. */
const LEGACY_CUSTOM_FIELDS = new Set(['summarize', 'summaryModel', 'forcePrompt', 'customOrder']);
const CUSTOM_ENTRY = /^\/endpoints\/custom\/\d+$/;

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
      .map((found) => describeUnknownKey(found, value));
  },
};

function describeUnknownKey(found: UnknownKey, root: unknown): RuleReport {
  const where = found.parent === '' ? 'at the top level' : `in ${displayPath(found.parent, root)}`;
  const suggestion = suggestKey(found.key, found.allowedKeys);
  const misplacedDefault = found.key === 'default' && found.allowedKeys.includes('models');
  let hint: string;
  if (suggestion) hint = `did you mean \`${suggestion}\`? Rename the key.`;
  else if (misplacedDefault) hint = '`default` belongs under `models:` (models: { default: [...] })';
  else hint = `LibreChat drops it without an error; known keys here: ${found.allowedKeys.join(', ')}`;
  return {
    file: 'config',
    pointer: found.pointer,
    target: 'key',
    message: `unknown key \`${found.key}\` ${where}: LibreChat ignores it${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`,
    hint,
  };
}
