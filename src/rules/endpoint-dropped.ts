import { encodePointer } from '../core/json-pointer.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints, listMissingEndpointFields } from './support.js';

/** Custom entries LibreChat skips without a word (`loadCustomEndpointsConfig`, issue #4736). */
export const endpointDropped: Rule = {
  id: 'endpoint-dropped',
  defaultSeverity: 'warn',
  description: 'A custom endpoint LibreChat silently drops: missing name, apiKey, baseURL or models (fetch or default).',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, pointer, entry } of listCustomEndpoints(context.config?.value)) {
      const missing = listMissingEndpointFields(entry);
      if (missing.length === 0) continue;
      const label = typeof entry.name === 'string' && entry.name ? `'${entry.name}'` : `#${index + 1}`;
      const typo = findCaseVariant(entry, missing);
      reports.push({
        file: 'config',
        // Point at the misspelled key when there is one: that is the line to fix.
        ...(typo ? { pointer: encodePointer(['endpoints', 'custom', index, typo.variant]), target: 'key' as const } : { pointer }),
        message: `custom endpoint ${label} lacks ${missing.join(', ')}${typo ? ` ('${typo.variant}' is not '${typo.field}')` : ''}: LibreChat drops it without any error`,
        hint: typo ? `rename '${typo.variant}' to '${typo.field}' (keys are case-sensitive)` : `add ${missing.join(', ')} to the entry, or remove it`,
      });
    }
    return reports;
  },
};

/** A present key that is a case variant of a missing one (`apikey` for `apiKey`). */
function findCaseVariant(entry: Record<string, unknown>, missing: string[]): { field: string; variant: string } | undefined {
  for (const field of missing) {
    const variant = Object.keys(entry).find((key) => key !== field && key.toLowerCase() === field.toLowerCase());
    if (variant) return { field, variant };
  }
  return undefined;
}
