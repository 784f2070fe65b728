import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints, listMissingEndpointFields } from './support.js';

/**
 * Custom entries LibreChat skips without a word (`loadCustomEndpointsConfig`, issue #4736).
 * A field that is only misspelled in case (`apikey`) is left to `unknown-key`, which points at
 * that key with a did-you-mean, so one mistake gives one finding.
 */
export const endpointDropped: Rule = {
  id: 'endpoint-dropped',
  // An error: the config loads, but users lose a whole endpoint (check-models calls it a failure too).
  defaultSeverity: 'error',
  description: 'A custom endpoint LibreChat silently drops: missing name, apiKey, baseURL or models (fetch or default).',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, pointer, entry } of listCustomEndpoints(context.config?.value)) {
      const missing = listMissingEndpointFields(entry).filter((field) => !hasCaseVariant(entry, field));
      if (missing.length === 0) continue;
      reports.push({
        file: 'config',
        pointer,
        code: 'endpoint-dropped',
        params: { ...(typeof entry.name === 'string' && entry.name ? { name: entry.name } : {}), number: index + 1, missing },
      });
    }
    return reports;
  },
};

function hasCaseVariant(entry: Record<string, unknown>, field: string): boolean {
  return Object.keys(entry).some((key) => key !== field && key.toLowerCase() === field.toLowerCase());
}
