import type { Rule, RuleReport } from './types.js';
import { isRecord, listCustomEndpoints } from './support.js';

const REQUIRED = ['name', 'apiKey', 'baseURL', 'models'] as const;

/** Custom entries LibreChat skips without a word (`loadCustomEndpointsConfig`, issue #4736). */
export const endpointDropped: Rule = {
  id: 'endpoint-dropped',
  defaultSeverity: 'warn',
  description: 'A custom endpoint LibreChat silently drops: missing name, apiKey, baseURL or models (fetch or default).',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, pointer, entry } of listCustomEndpoints(context.config?.value)) {
      const missing: string[] = REQUIRED.filter((field) => !entry[field]);
      const models = entry.models;
      if (isRecord(models) && !models.fetch && !models.default) missing.push('models.fetch or models.default');
      if (missing.length === 0) continue;
      const label = typeof entry.name === 'string' && entry.name ? `'${entry.name}'` : `#${index + 1}`;
      reports.push({
        file: 'config',
        pointer,
        message: `custom endpoint ${label} lacks ${missing.join(', ')}: LibreChat drops it without any error`,
        hint: typoHint(entry, missing) ?? `add ${missing.join(', ')} to the entry, or remove it`,
      });
    }
    return reports;
  },
};

/** Points out a present key that is a case variant of a missing one (`apikey` for `apiKey`). */
function typoHint(entry: Record<string, unknown>, missing: string[]): string | undefined {
  for (const field of missing) {
    const variant = Object.keys(entry).find((key) => key !== field && key.toLowerCase() === field.toLowerCase());
    if (variant) return `'${variant}' is not '${field}': rename it to '${field}' (keys are case-sensitive)`;
  }
  return undefined;
}
