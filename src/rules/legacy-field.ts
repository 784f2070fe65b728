import { encodePointer } from '../core/json-pointer.js';
import { compareVersions } from '../librechat/index.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints } from './support.js';

/** Fields v0.7 read on custom endpoints; v0.8 strips them without a word. */
const LEGACY_FIELDS: Record<string, string> = {
  summarize: 'configure the top-level `summarization` block instead',
  summaryModel: 'set `summarization.model` at the top level instead',
  forcePrompt: 'remove it: v0.8 always uses the chat completions API',
  customOrder: 'remove it: the endpoint order follows the list order (and ENDPOINTS)',
};

export const legacyField: Rule = {
  id: 'legacy-field',
  defaultSeverity: 'warn',
  description: 'A custom endpoint field LibreChat v0.8 still accepts but ignores (summarize, summaryModel, forcePrompt, customOrder).',
  check(context) {
    if (compareVersions(context.target.librechatVersion, '0.8.0') < 0) return [];
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      for (const key of Object.keys(entry)) {
        const hint = LEGACY_FIELDS[key];
        if (!hint) continue;
        reports.push({
          file: 'config',
          pointer: encodePointer(['endpoints', 'custom', index, key]),
          target: 'key',
          message: `'${key}' is a legacy field: LibreChat ${context.target.librechatVersion} accepts it but ignores it`,
          hint,
        });
      }
    }
    return reports;
  },
};
